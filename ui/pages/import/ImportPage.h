// The Import/Export page: the history of import batches (file, who, when, what each did), the
// import wizard, undoing a whole batch, and the reports (preview, print, PDF, Excel, CSV).
#pragma once

#include "pages/CrmPage.h"

class QPushButton;
class QTableWidget;

namespace frontline {

class PageHeader;
class ReportsDialog;

class ImportPage : public CrmPage
{
    Q_OBJECT
public:
    explicit ImportPage(CrmActions *actions, QWidget *parent = nullptr);

    QTableWidget *history() const { return m_history; }
    void importFile(const QString &path = QString(), const QString &kind = QString());
    void undoSelected();
    // Opens the reports dialog (modeless; returned for tests).
    ReportsDialog *openReports();

protected:
    void refresh() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();

    PageHeader *m_header;
    QPushButton *m_import;
    QPushButton *m_undo;
    QPushButton *m_reports;
    QTableWidget *m_history;
};

} // namespace frontline
