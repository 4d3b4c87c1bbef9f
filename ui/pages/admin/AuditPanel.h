// AuditPanel is the audit log viewer: entries newest first, filtered by days, user, action and a
// text in what they concern, where or their detail; whether the hash chain is intact (AuditLog's
// verify()); and an export of what is shown to CSV or Excel, which is audited in turn. Viewing
// needs users/view, exporting users/export.
#pragma once

#include "security/AuditLog.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace frontline {

class AuditTableModel;
class Session;
class StatusLabel;

class AuditPanel : public QWidget
{
    Q_OBJECT
public:
    // At most this many entries are shown (newest first); narrow the filter for older ones.
    static constexpr int Limit = 5000;

    explicit AuditPanel(Session *session, QWidget *parent = nullptr);

    // The users and the entries again, and the check of the hash chain.
    void reload();
    AuditFilter filter() const;
    AuditTableModel *model() const { return m_model; }
    // Writes what is shown to path (CSV, or XLSX by its suffix); false with the reason shown.
    bool exportTo(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillChoosers();
    // The entries for the filter (each change of a filter: no chain check, which reads every entry).
    void applyFilter();
    void verifyChain();
    void exportShown();

    Session *m_session;
    AuditTableModel *m_model = nullptr;
    QLabel *m_fromLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_user = nullptr;
    QComboBox *m_action = nullptr;
    QLineEdit *m_text = nullptr;
    QPushButton *m_export = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    StatusLabel *m_chain = nullptr;
    StatusLabel *m_status = nullptr;
};

} // namespace frontline
