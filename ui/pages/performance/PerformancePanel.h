// PerformancePanel is the base of the Performance page's tabs: each shows the period and team the
// page's choosers hold, in the session's scope, and reloads when they change or the data does.
#pragma once

#include "Session.h"
#include "analytics/Period.h"

#include <QWidget>

namespace frontline {

class PerformancePanel : public QWidget
{
    Q_OBJECT
public:
    PerformancePanel(Session *session, QWidget *parent = nullptr) : QWidget(parent), m_session(session) {}

    Session *session() const { return m_session; }
    // "Today" (the page's, which tests pin): what is overdue, for instance.
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    void setToday(const QDate &today) { m_today = today; }
    const analytics::Period &period() const { return m_period; }
    qint64 teamId() const { return m_teamId; }

    // Sets what to show; reloads now, or when the panel is next shown (a hidden tab does not
    // pay for a change it does not show).
    void showPeriod(const analytics::Period &period, qint64 teamId, bool now)
    {
        m_period = period;
        m_teamId = teamId;
        m_stale = !now;
        if (now)
            reload();
    }
    void markStale() { m_stale = true; }
    // Reloads when something changed while the panel was hidden.
    void freshen()
    {
        if (m_stale) {
            m_stale = false;
            reload();
        }
    }
    virtual void reload() = 0;
    // The language changed.
    virtual void retranslateUi() = 0;

Q_SIGNALS:
    // Something was written (an evaluation run or published, an honour, an adjustment): the
    // other tabs reload.
    void changed();
    // A line for the status bar.
    void message(const QString &text);

private:
    Session *m_session;
    analytics::Period m_period;
    qint64 m_teamId = 0;
    QDate m_today;
    bool m_stale = false;
};

} // namespace frontline
