// VisitsPage: the record of visits, calls, WeChat, e-mails and meetings, newest first, filtered
// by who made the contact, when, what kind and with which customer; "My week" shows the user's
// own contacts of this week. New ones are logged here or anywhere with Ctrl+L.
#pragma once

#include "pages/CrmPage.h"

class QComboBox;
class QDateEdit;
class QPushButton;
class QTableView;
class QToolButton;

namespace frontline {

class ActivityTableModel;
class CustomerPicker;
class EmptyState;
class PageHeader;

class VisitsPage : public CrmPage
{
    Q_OBJECT
public:
    explicit VisitsPage(CrmActions *actions, QWidget *parent = nullptr);

    ActivityTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QToolButton *myWeekToggle() const { return m_myWeek; }

protected:
    void rebuild() override;
    void refresh() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillChoosers();
    void applyFilter();
    void setMyWeek(bool on);
    void updateSummary();
    void deleteCurrent();

    ActivityTableModel *m_model = nullptr;
    PageHeader *m_header = nullptr;
    QComboBox *m_member = nullptr;
    QComboBox *m_kind = nullptr;
    CustomerPicker *m_customer = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QToolButton *m_myWeek = nullptr;
    QToolButton *m_clear = nullptr;
    QPushButton *m_logVisit = nullptr;
    QPushButton *m_delete = nullptr;
    QTableView *m_view = nullptr;
    EmptyState *m_empty = nullptr;
    bool m_applying = false;
};

} // namespace frontline
