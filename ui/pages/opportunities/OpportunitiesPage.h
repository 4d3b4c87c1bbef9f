// OpportunitiesPage: the sales pipeline as a board of stages (drag a card to move the deal on)
// or as a sortable list, with each stage's total and weighted total, for everyone the user may
// see or for one owner.
#pragma once

#include "pages/CrmPage.h"

class QComboBox;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace frontline {

class OpportunityTableModel;
class PageHeader;
class PipelineBoard;

class OpportunitiesPage : public CrmPage
{
    Q_OBJECT
public:
    explicit OpportunitiesPage(CrmActions *actions, QWidget *parent = nullptr);

    PipelineBoard *board() const { return m_board; }
    QTableView *listView() const { return m_list; }
    void showBoard(bool board);

protected:
    void rebuild() override;
    void refresh() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillChoosers();

    PageHeader *m_header = nullptr;
    QToolButton *m_boardButton = nullptr;
    QToolButton *m_listButton = nullptr;
    QComboBox *m_owner = nullptr;
    QPushButton *m_new = nullptr;
    QStackedWidget *m_stack = nullptr;
    PipelineBoard *m_board = nullptr;
    QTableView *m_list = nullptr;
    OpportunityTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    qint64 m_openCount = 0;
    qint64 m_openAmount = 0;
    qint64 m_openWeighted = 0;
};

} // namespace frontline
