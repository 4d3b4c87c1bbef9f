// CustomersPage: every customer the user may see, found by what they type (Chinese, pinyin,
// initials, phone digits) and narrowed by owner, status, grade, region, source and tag, in pinyin
// order. The columns are the user's to choose and arrange (the header's context menu, dragging),
// and stay so. "Recently deleted" lists removed customers to restore. Double-click or Enter opens
// a customer's page.
#pragma once

#include "pages/CrmPage.h"

class QComboBox;
class QLineEdit;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace frontline {

class CustomerDetailView;
class CustomerTableModel;
class EmptyState;
class LazyComboBox;
class PageHeader;

class CustomersPage : public CrmPage
{
    Q_OBJECT
public:
    static constexpr int SearchDelayMs = 120;

    explicit CustomersPage(CrmActions *actions, QWidget *parent = nullptr);

    CustomerTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    CustomerDetailView *detailView() const { return m_detail; }
    bool isShowingDetail() const;

    // Opens the customer's page (after a search, from another page…).
    void showCustomer(qint64 customerId);
    void showList();

protected:
    void rebuild() override;
    void refresh() override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void fillChoosers();
    void fillRegions(QComboBox *combo);
    void fillTags(QComboBox *combo);
    void applyFilter();
    void clearFilters();
    void updateSummary();
    void updateButtons();
    void openIndex(const QModelIndex &index);
    void deleteOrRestoreCurrent();
    qint64 currentId() const;
    void selectId(qint64 id);
    void showColumnMenu(const QPoint &position);
    void saveHeader() const;
    void restoreHeader();
    // Fills a wide table's first look: more of the optional columns, then a wider name.
    void fitColumnsToWidth();

    CustomerTableModel *m_model = nullptr;
    PageHeader *m_header = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_listPage = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_grade = nullptr;
    LazyComboBox *m_region = nullptr;
    QComboBox *m_source = nullptr;
    LazyComboBox *m_tag = nullptr;
    QToolButton *m_clearFilters = nullptr;
    QToolButton *m_deletedToggle = nullptr;
    QPushButton *m_newCustomer = nullptr;
    QPushButton *m_restore = nullptr;
    QStackedWidget *m_tableStack = nullptr;
    QTableView *m_view = nullptr;
    EmptyState *m_empty = nullptr;
    QPushButton *m_emptyButton = nullptr;
    CustomerDetailView *m_detail = nullptr;
    bool m_restoringHeader = false;
    bool m_fitPending = false;  // the columns are the defaults, not yet fitted to the width
    QList<int> m_naturalWidths; // per column, what its samples need
};

} // namespace frontline
