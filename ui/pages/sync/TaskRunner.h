// TaskRunner runs the Sync page's long work (packages, backups, verification) on a worker
// thread, one task at a time, and shows it as a strip: what is being done, a progress bar (busy
// when the work cannot say how far it is) and Cancel when the work can stop. The result comes
// back on the UI thread.
#pragma once

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace frontline {

class TaskRunner : public QWidget
{
    Q_OBJECT
public:
    // What the work sees of the strip: whether Cancel was pressed, and a way to report progress
    // from its thread.
    class Control
    {
    public:
        bool cancelled() const { return m_cancel->load(); }
        const std::atomic_bool *cancelFlag() const { return m_cancel.get(); }
        // Thread-safe; returns false once cancelled.
        bool progress(qint64 done, qint64 total) const;

    private:
        friend class TaskRunner;
        QPointer<TaskRunner> m_runner;
        std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    };

    explicit TaskRunner(QWidget *parent = nullptr);
    ~TaskRunner() override;

    bool isBusy() const { return m_busy; }

    // Runs work(control) on a worker thread; done(result) afterwards on this thread (not when
    // the runner is gone). Refused (false) while another task runs.
    template <typename T>
    bool start(const QString &text, bool cancellable, std::function<T(const Control &)> work,
               std::function<void(T)> done)
    {
        if (m_busy)
            return false;
        Control control;
        control.m_runner = this;
        begin(text, cancellable, control.m_cancel);
        auto *watcher = new QFutureWatcher<T>(this);
        connect(watcher, &QFutureWatcher<T>::finished, this, [this, watcher, done = std::move(done)] {
            const T result = watcher->result();
            watcher->deleteLater();
            end();
            done(result);
        });
        watcher->setFuture(runInPool<T>([work = std::move(work), control] { return work(control); }));
        return true;
    }

    // Waits for the task to end (before the database it uses goes away).
    void waitForDone();

Q_SIGNALS:
    void busyChanged(bool busy);

protected:
    void changeEvent(QEvent *event) override;

private:
    template <typename T> static QFuture<T> runInPool(std::function<T()> work);
    void begin(const QString &text, bool cancellable, std::shared_ptr<std::atomic_bool> cancel);
    void end();
    void setProgress(qint64 done, qint64 total);
    void retranslateUi();

    QLabel *m_text;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    bool m_busy = false;
};

} // namespace frontline

#include <QtConcurrent/QtConcurrentRun>

template <typename T> QFuture<T> frontline::TaskRunner::runInPool(std::function<T()> work)
{
    return QtConcurrent::run(std::move(work));
}
