// The Conflicts tab of the Sync page: fields changed on two laptops at once, both values side
// by side (who, when), and a choice per conflict or for many at once; and the new customers two
// laptops recorded offline that look like the same company, offered for merge.
#pragma once

#include "sync/SyncService.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace frontline {

class Session;
class StatusLabel;

class ConflictsView : public QWidget
{
    Q_OBJECT
public:
    explicit ConflictsView(Session *session, QWidget *parent = nullptr);

    QTableWidget *conflictTable() const { return m_conflicts; }
    QTableWidget *duplicateTable() const { return m_duplicates; }
    StatusLabel *message() const { return m_message; }
    int openConflicts() const { return m_openCount; }

    void refresh();
    // Keeps one side of every selected conflict. Keep::Current keeps what each row holds now.
    enum class Keep
    {
        Mine,
        Theirs,
        Current
    };
    void resolveSelected(Keep keep);
    void mergeSelectedDuplicate();
    void dismissSelectedDuplicate();

Q_SIGNALS:
    // Resolutions and merges changed records.
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();

    Session *m_session;
    QLabel *m_conflictsTitle;
    QLabel *m_duplicatesTitle;
    QTableWidget *m_conflicts;
    QTableWidget *m_duplicates;
    QPushButton *m_keepMine;
    QPushButton *m_keepTheirs;
    QPushButton *m_keepCurrent;
    QPushButton *m_merge;
    QPushButton *m_dismiss;
    StatusLabel *m_message;
    int m_openCount = 0;
};

} // namespace frontline
