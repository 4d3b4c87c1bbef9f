// The Import/Export page: the history of import batches (file, who, when, what each did), the
// import wizard, and undoing a whole batch.
#pragma once

#include "pages/CrmPage.h"

class QPushButton;
class QTableWidget;

namespace frontline {

class PageHeader;

class ImportPage : public CrmPage
{
    Q_OBJECT
public:
    explicit ImportPage(CrmActions *actions, QWidget *parent = nullptr);

    QTableWidget *history() const { return m_history; }
    void importFile(const QString &path = QString(), const QString &kind = QString());
    void undoSelected();

protected:
    void refresh() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();

    PageHeader *m_header;
    QPushButton *m_import;
    QPushButton *m_undo;
    QTableWidget *m_history;
};

} // namespace frontline
