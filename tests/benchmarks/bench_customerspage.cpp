// The Customers page itself at scale, measured the way a user feels it: from choosing the page
// to the first painted screen of rows, and for each keystroke of search-as-you-type from the
// moment the search runs (after the page's typing pause) to the repainted list. Offscreen.
//   bench_customerspage [--db FILE] [--customers N] [--reps N] [--order-lines N]
// --db FILE opens an existing database with FRONTLINE_PASSPHRASE; without it a demo database is
// generated in a temporary folder first. Compare with bench_customers (core alone, and the
// sqlcipher shell on the same queries).
#include "MainWindow.h"
#include "models/CustomerTableModel.h"
#include "pages/PageCatalog.h"
#include "pages/customers/CustomersPage.h"
#include "services/DemoGenerator.h"
#include "storage/Database.h"
#include "util/Translations.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace frontline;

namespace {
double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

// Notes when a widget has finished painting.
class PaintWatch : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            const bool handled = watched->event(event); // paint now, then note it
            painted = true;
            return handled;
        }
        return false;
    }
};
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Translations::install(u"zh_CN"_s);
    const QStringList args = app.arguments();
    const auto arg = [&](const QString &name, qint64 fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toLongLong() : fallback;
    };
    QTemporaryDir dir;
    QString path = dir.filePath(u"bench.db"_s);
    QByteArray key("bench passphrase");
    if (const qsizetype i = args.indexOf(u"--db"_s); i >= 0 && i + 1 < args.size()) {
        path = args.at(i + 1);
        key = qgetenv("FRONTLINE_PASSPHRASE");
    } else {
        Database db;
        if (const DatabaseError e = db.create(path, SecureBytes(key))) {
            std::fprintf(stderr, "%s\n", qPrintable(e.message()));
            return 1;
        }
        DemoGenerator::Options o;
        o.customers = int(arg(u"--customers"_s, 100000));
        o.reps = int(arg(u"--reps"_s, 200));
        o.orderLines = arg(u"--order-lines"_s, 200000);
        const DemoGenerator::Result r = DemoGenerator(o).generate(db);
        if (!r.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error));
            return 1;
        }
        std::printf("demo: %lld customers, %lld order lines\n", r.customers, r.orderLines);
    }

    auto database = std::make_unique<Database>();
    if (const DatabaseError e = database->open(path, SecureBytes(key))) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 1;
    }
    MainWindow window;
    window.resize(1280, 800);
    window.setDatabase(std::move(database));
    window.setCurrentPage(PageId::Settings);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        std::fprintf(stderr, "the window was not shown\n");
        return 1;
    }

    // First screen: choosing the page builds it, loads the first rows and paints them.
    auto *page = qobject_cast<CustomersPage *>(window.page(PageId::Customers));
    PaintWatch watch;
    page->view()->viewport()->installEventFilter(&watch);
    QElapsedTimer t;
    t.start();
    window.setCurrentPage(PageId::Customers);
    while (!watch.painted || page->view()->model()->rowCount() == 0)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double firstScreen = t.nsecsElapsed() / 1e6;
    std::printf("customers page, first screen (%d rows known): %.1f ms [target < 300 ms]\n",
                page->view()->model()->rowCount(), firstScreen);

    // Search as you type: each keystroke, from the search starting to the list repainted.
    auto *search = window.findChild<QLineEdit *>(u"customerSearch"_s);
    auto *model = qobject_cast<CustomerTableModel *>(page->view()->model());
    if (!search || !model) {
        std::fprintf(stderr, "the page has no search field or customer model\n");
        return 1;
    }
    QElapsedTimer keystroke;
    QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset, [&] {
        watch.painted = false;
        keystroke.start();
    });
    const QStringList words = {u"bjhl"_s, u"北京华"_s, u"zhang"_s, u"138"_s, u"sh"_s};
    QList<double> perKey;
    double worst = 0;
    QString worstKey;
    for (const QString &word : words) {
        search->setFocus();
        for (const QChar c : word) {
            keystroke.invalidate();
            // Chinese arrives from the input method as committed text; insert() is the same path.
            search->insert(QString(c));
            while (!keystroke.isValid() || !watch.painted)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            const double ms = keystroke.nsecsElapsed() / 1e6;
            perKey << ms;
            if (ms > worst) {
                worst = ms;
                worstKey = search->text();
            }
        }
        search->clear();
        while (!watch.painted)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    std::printf("search as you type: median %.1f ms per keystroke, worst %.1f ms (\"%s\"), %lld "
                "keystrokes [target < 100 ms]\n",
                median(perKey), worst, qPrintable(worstKey), qint64(perKey.size()));
    return 0;
}
