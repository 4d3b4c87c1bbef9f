#include "IdleLock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
const QString MinutesKey = u"security/idleLockMinutes"_s;
constexpr int CheckIntervalMs = 5000;
} // namespace

IdleLock::IdleLock(QObject *parent) : QObject(parent)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(CheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &IdleLock::check);
    m_lastInput = now();
    QCoreApplication::instance()->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleLock::setTimeoutMinutes(int minutes)
{
    m_minutes = qMax(0, minutes);
    touch();
    updateTimer();
}

void IdleLock::setActive(bool active)
{
    m_active = active;
    touch();
    updateTimer();
}

void IdleLock::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    touch();
}

void IdleLock::touch()
{
    m_lastInput = now();
    m_fired = false;
}

void IdleLock::check()
{
    if (!m_active || m_minutes <= 0 || m_fired)
        return;
    if (m_lastInput.secsTo(now()) >= qint64(m_minutes) * 60) {
        m_fired = true;
        Q_EMIT idle();
    }
}

void IdleLock::updateTimer()
{
    if (m_active && m_minutes > 0)
        m_timer->start();
    else
        m_timer->stop();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
        m_lastInput = now();
        m_fired = false;
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

int IdleLock::savedMinutes()
{
    return QSettings().value(MinutesKey, DefaultMinutes).toInt();
}

void IdleLock::saveMinutes(int minutes)
{
    QSettings().setValue(MinutesKey, qMax(0, minutes));
}

} // namespace frontline
