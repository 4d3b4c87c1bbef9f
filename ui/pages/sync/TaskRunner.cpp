#include "TaskRunner.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace frontline {

bool TaskRunner::Control::progress(qint64 done, qint64 total) const
{
    if (m_runner) {
        QPointer<TaskRunner> runner = m_runner;
        QMetaObject::invokeMethod(
            runner.data(),
            [runner, done, total] {
                if (runner)
                    runner->setProgress(done, total);
            },
            Qt::QueuedConnection);
    }
    return !cancelled();
}

TaskRunner::TaskRunner(QWidget *parent) : QWidget(parent)
{
    m_text = new QLabel(this);
    m_text->setObjectName(u"taskText"_s);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(u"taskProgress"_s);
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(260);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(u"taskCancel"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_cancelFlag)
            m_cancelFlag->store(true);
        m_cancel->setEnabled(false);
        m_text->setText(tr("Stopping…"));
    });
    retranslateUi();
    hide();
}

TaskRunner::~TaskRunner() = default;

void TaskRunner::begin(const QString &text, bool cancellable, std::shared_ptr<std::atomic_bool> cancel)
{
    m_busy = true;
    m_cancelFlag = std::move(cancel);
    m_text->setText(text);
    m_bar->setRange(0, 0); // busy until the work says how far it is
    m_cancel->setVisible(cancellable);
    m_cancel->setEnabled(true);
    show();
    Q_EMIT busyChanged(true);
}

void TaskRunner::end()
{
    m_busy = false;
    m_cancelFlag.reset();
    hide();
    Q_EMIT busyChanged(false);
}

void TaskRunner::setProgress(qint64 done, qint64 total)
{
    if (!m_busy || total <= 0)
        return;
    m_bar->setRange(0, 1000);
    m_bar->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
}

void TaskRunner::waitForDone()
{
    while (m_busy) {
        QThreadPool::globalInstance()->waitForDone(100);
        QCoreApplication::processEvents();
    }
}

void TaskRunner::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void TaskRunner::retranslateUi()
{
    m_cancel->setText(tr("Cancel"));
}

} // namespace frontline
