// IdleLock watches the user's input to the whole application (keys, mouse, wheel, touch) and
// says when there has been none for the chosen number of minutes, so that the main window can
// lock the database away. The clock is injectable: tests move time instead of waiting for it.
#pragma once

#include <QDateTime>
#include <QObject>

#include <functional>

class QTimer;

namespace frontline {

class IdleLock : public QObject
{
    Q_OBJECT
public:
    explicit IdleLock(QObject *parent = nullptr);
    ~IdleLock() override;

    // Minutes without input before idle(); 0 switches the lock off.
    int timeoutMinutes() const { return m_minutes; }
    void setTimeoutMinutes(int minutes);
    // Watching only makes sense while something is open to lock.
    bool isActive() const { return m_active; }
    void setActive(bool active);

    // Tests: the clock (default: the system clock, UTC).
    void setClock(std::function<QDateTime()> now);
    // Input was seen now: the idle time starts again.
    void touch();
    // The lock could not happen now: idle() comes again at the next check, input or not.
    void retrySoon() { m_fired = false; }
    // Emits idle() when the time is up (called by a timer every few seconds; tests call it).
    void check();
    QDateTime lastInput() const { return m_lastInput; }

    // The minutes saved in the settings of this computer (10 unless changed).
    static int savedMinutes();
    static void saveMinutes(int minutes);
    static constexpr int DefaultMinutes = 10;

Q_SIGNALS:
    // Once per idle spell: nothing more until input is seen (touch()) or the lock is re-armed
    // with setActive(true).
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QDateTime now() const { return m_now ? m_now() : QDateTime::currentDateTimeUtc(); }
    void updateTimer();

    QTimer *m_timer = nullptr;
    std::function<QDateTime()> m_now;
    QDateTime m_lastInput;
    int m_minutes = DefaultMinutes;
    bool m_active = false;
    bool m_fired = false;
};

} // namespace frontline
