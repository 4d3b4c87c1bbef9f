#include "DemoFiller.h"

#include "repositories/CustomerRepository.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

namespace frontline {

bool DemoFiller::isEmpty(Database &db)
{
    CustomerRepository customers(db, AccessScope::administrator());
    CustomerFilter deleted;
    deleted.deleted = true;
    return customers.count({}) == 0 && customers.count(deleted) == 0;
}

DemoGenerator::Result DemoFiller::fill(Database &db, DemoGenerator::Options options, QWidget *parent)
{
    QProgressDialog progress(tr("Creating the demo company…"), tr("Cancel"), 0, 100, parent);
    progress.setObjectName(QStringLiteral("demoProgress"));
    progress.setWindowTitle(tr("Frontline Demo"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setMinimumWidth(420);

    // Shared with the worker, which may outlive nothing here: it is waited for below.
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&progress, cancelled] {
        cancelled->store(true);
        progress.setLabelText(tr("Cancelling…"));
    });
    options.progress = [&progress, cancelled](int percent, const QString &stage) {
        // Queued to the dialog's thread; dropped if the dialog is gone.
        QMetaObject::invokeMethod(
            &progress,
            [&progress, cancelled, percent, stage] {
                // canceled() comes from the button and Escape; cancel() called in code only
                // sets wasCanceled().
                if (progress.wasCanceled())
                    cancelled->store(true);
                if (cancelled->load())
                    return;
                progress.setValue(percent);
                progress.setLabelText(stage);
            },
            Qt::QueuedConnection);
        return !cancelled->load();
    };

    QFutureWatcher<DemoGenerator::Result> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<DemoGenerator::Result>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([&db, options] {
        DemoGenerator::Result result = DemoGenerator(options).generate(db);
        db.releaseThreadConnection();
        return result;
    }));
    progress.show();
    loop.exec();
    DemoGenerator::Result result = watcher.result();
    if (cancelled->load())
        result.cancelled = true;
    return result;
}

} // namespace frontline
