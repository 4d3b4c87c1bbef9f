#include "Startup.h"

#include "DatabaseOpener.h"
#include "DemoFiller.h"
#include "MainWindow.h"
#include "pages/PageCatalog.h"
#include "pages/settings/SettingsPage.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QScreen>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {

// How long the window gets to lay itself out before a --screenshot is taken.
constexpr int ScreenshotDelayMs = 500;

void printError(const QString &message)
{
    std::fputs(qUtf8Printable(message + u'\n'), stderr);
}

// --language matters before the parser is built: it decides the language of --help itself.
QString requestedLanguage(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption language(u"language"_s, QString(), u"language"_s);
    parser.addOption(language);
    parser.parse(arguments); // other options are reported by the full parser
    return parser.value(language);
}

} // namespace

int Startup::run(const QStringList &arguments)
{
    const QString language = requestedLanguage(arguments);
    const bool languageKnown = language.isEmpty() || Translations::available().contains(language);
    Translations::install(!language.isEmpty() && languageKnown ? language : SettingsPage::savedLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Frontline: sales management for frontline sales teams."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(u"demo"_s, tr("Open the demo database, created on first use."));
    const QCommandLineOption databaseOption(
        u"database"_s, tr("Open the database FILE: Frontline asks for its passphrase."), tr("FILE"));
    const QCommandLineOption screenshotOption(
        u"screenshot"_s,
        tr("Save a picture of the main window, sized to the screen, to FILE (PNG) and quit."), tr("FILE"));
    const QCommandLineOption pageOption(
        u"page"_s, tr("Show page NAME first, one of: %1.").arg(PageCatalog::keys().join(u", "_s)),
        tr("NAME"));
    const QCommandLineOption languageOption(
        u"language"_s,
        tr("Use LANGUAGE for this run instead of the saved choice, one of: %1.")
            .arg(Translations::available().join(u", "_s)),
        tr("LANGUAGE"));
    parser.addOptions({demoOption, databaseOption, screenshotOption, pageOption, languageOption});
    parser.process(arguments); // exits on --help, --version and unknown options

    if (!languageKnown) {
        printError(tr("Unknown language %1; choose one of: %2.")
                       .arg(language, Translations::available().join(u", "_s)));
        return 2;
    }
    std::optional<PageId> page;
    if (parser.isSet(pageOption)) {
        page = PageCatalog::fromKey(parser.value(pageOption));
        if (!page) {
            printError(tr("Unknown page %1; choose one of: %2.")
                           .arg(parser.value(pageOption), PageCatalog::keys().join(u", "_s)));
            return 2;
        }
    }
    if (parser.isSet(demoOption) && parser.isSet(databaseOption)) {
        printError(tr("Use --demo or --database, not both."));
        return 2;
    }
    const QString screenshotPath = parser.value(screenshotOption);

    std::unique_ptr<Database> database;
    if (parser.isSet(demoOption)) {
        DatabaseError error;
        database = DatabaseOpener::openDemo(&error);
        if (!database) {
            printError(error.message());
            if (screenshotPath.isEmpty())
                QMessageBox::critical(nullptr, tr("Frontline"), error.message());
            return 1;
        }
        // A new demo database gets its company; an old one keeps what the user did with it.
        if (DemoFiller::isEmpty(*database)) {
            const DemoGenerator::Result filled = DemoFiller::fill(*database);
            if (!filled.ok() && !filled.cancelled) {
                printError(filled.error);
                if (screenshotPath.isEmpty())
                    QMessageBox::warning(nullptr, tr("Frontline"), filled.error);
            }
        }
    } else if (parser.isSet(databaseOption)) {
        database = DatabaseOpener().open(parser.value(databaseOption));
    } else {
        database = DatabaseOpener().choose();
    }
    if (!database)
        return 0; // the user cancelled

    MainWindow window;
    window.setScheduledBackups(screenshotPath.isEmpty());
    window.setDatabase(std::move(database));
    if (page)
        window.setCurrentPage(*page);
    if (!screenshotPath.isEmpty())
        window.setGeometry(window.screen()->availableGeometry());
    window.show();

    if (!screenshotPath.isEmpty()) {
        QTimer::singleShot(ScreenshotDelayMs, &window, [&window, screenshotPath] {
            const bool saved = window.grab().save(screenshotPath, "PNG");
            if (!saved)
                printError(tr("Cannot write the picture to %1.").arg(screenshotPath));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}

} // namespace frontline
