// The Import/Export page: the history of import batches (file, who, when, what each did), the
// import wizard, undoing a whole batch, the reports (preview, print, PDF, Excel, CSV), and the
// automatic import of a watched folder (its settings, kept per database, and what it is doing).
#pragma once

#include "pages/CrmPage.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace frontline {

class AutoImport;
class PageHeader;
class StatusLabel;
class ExportDialog;
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
    // Opens the data export dialog (modeless; returned for tests), with kind chosen when given.
    ExportDialog *openExport(const QString &kind = QString());

    // The main window's automatic import, whose settings this page edits and whose news it shows.
    void setAutoImport(AutoImport *autoImport);
    QGroupBox *autoImportGroup() const { return m_autoGroup; }
    // Saves the automatic import's settings as shown (the Save button) and restarts it.
    bool saveAutoImport();

protected:
    void refresh() override;
    void changeEvent(QEvent *event) override;

    void rebuild() override;

private:
    void retranslateUi();
    void updateButtons();
    void showAutoImportSettings();
    void fillMappings(const QString &select);
    void updateAutoImportControls();

    PageHeader *m_header;
    QPushButton *m_import;
    QPushButton *m_undo;
    QPushButton *m_reports;
    QPushButton *m_exportData;
    QTableWidget *m_history;

    AutoImport *m_autoImport = nullptr;
    QGroupBox *m_autoGroup;
    QCheckBox *m_autoEnabled;
    QLabel *m_autoFolderLabel;
    QLineEdit *m_autoFolder;
    QPushButton *m_autoBrowse;
    QLabel *m_autoKindLabel;
    QComboBox *m_autoKind;
    QLabel *m_autoMappingLabel;
    QComboBox *m_autoMapping;
    QLabel *m_autoIntervalLabel;
    QSpinBox *m_autoInterval;
    QPushButton *m_autoSave;
    QLabel *m_autoStatus;
    StatusLabel *m_autoMessage;
};

} // namespace frontline
