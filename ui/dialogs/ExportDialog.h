// ExportDialog: the data itself out to Excel or CSV, as `frontline-cli export` writes it —
// customers, contacts, visits, opportunities, products, order lines, payments, targets or
// members, optionally for a period, as XLSX or CSV in UTF-8 or GBK, in files the importer reads
// back unchanged. Core's Exporter does the work off the UI thread, in the user's access scope,
// checks the export permission and writes the audit entry; the dialog shows the rows written as
// they go and can cancel (the partial file is removed).
#pragma once

#include "repositories/AccessScope.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace frontline {

class Database;
class StatusLabel;
struct ExportResult;

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(Database *db, AccessScope scope, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // Preselects a kind (customers, orders…).
    void setKind(const QString &kind);
    // Writes to path without asking for a file name (tests, and callers that know the file);
    // false when the choices are not valid (the dialog says why).
    bool exportTo(const QString &path);
    bool isRunning() const;
    // What the last export said: the rows written and the file, or why not.
    QString message() const;
    void cancel();

Q_SIGNALS:
    void finished(bool ok);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslateUi();
    void updateControls();
    void chooseFileAndExport();
    void showResult(const ExportResult &result);
    void setMessage(const QString &text, bool error);
    QString defaultFileName() const;

    Database *m_db;
    AccessScope m_scope;
    QComboBox *m_kind;
    QLabel *m_kindLabel;
    QLineEdit *m_period;
    QLabel *m_periodLabel;
    QComboBox *m_format;
    QLabel *m_formatLabel;
    QProgressBar *m_progress;
    StatusLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_export;
    std::unique_ptr<QFutureWatcher<ExportResult>> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_messageText;
};

} // namespace frontline
