#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

static void initTranslationResources()
{
    Q_INIT_RESOURCE(translations);
}

namespace frontline {

namespace {
struct Installed
{
    QString language;
    std::unique_ptr<QTranslator> own;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

QString resolve(const QString &requested)
{
    const QStringList languages = Translations::available();
    if (languages.contains(requested))
        return requested;
    // Chinese in any region (zh_CN, zh_SG, zh_TW, zh_HK) reads Simplified Chinese best among ours.
    const QStringList uiLanguages = QLocale::system().uiLanguages();
    for (const QString &tag : uiLanguages) {
        if (tag.startsWith(u"zh"_s))
            return u"zh_CN"_s;
        if (tag.startsWith(u"en"_s))
            return u"en"_s;
    }
    return u"en"_s;
}
} // namespace

QStringList Translations::available()
{
    return {u"zh_CN"_s, u"en"_s};
}

QString Translations::current()
{
    return installed().language;
}

QString Translations::nativeName(const QString &language)
{
    if (language == u"zh_CN"_s)
        return u"简体中文"_s;
    if (language == u"en"_s)
        return u"English"_s;
    return language;
}

QString Translations::install(const QString &language)
{
    initTranslationResources();
    Installed &state = installed();
    const QString chosen = resolve(language);
    if (state.own) {
        QCoreApplication::removeTranslator(state.own.get());
        state.own.reset();
    }
    if (state.qt) {
        QCoreApplication::removeTranslator(state.qt.get());
        state.qt.reset();
    }
    auto own = std::make_unique<QTranslator>();
    if (own->load(u":/frontline/i18n/frontline_"_s + chosen + u".qm"_s)) {
        QCoreApplication::installTranslator(own.get());
        state.own = std::move(own);
    }
    auto qt = std::make_unique<QTranslator>();
    if (chosen != u"en"_s &&
        qt->load(u"qtbase_"_s + chosen, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        state.qt = std::move(qt);
    }
    state.language = chosen;
    QLocale::setDefault(QLocale(chosen == u"zh_CN"_s ? u"zh_CN"_s : u"en_US"_s));
    return chosen;
}

} // namespace frontline
