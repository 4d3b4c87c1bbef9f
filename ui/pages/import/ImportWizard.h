// The import wizard: a file and what it holds → the mapping of its columns, checked on a dry
// run whose first rows and counts the user sees → the import itself, off the UI thread with a
// progress bar and Cancel → a summary with the rejects file to fix and import again. Every step
// runs core's Importer; the wizard only chooses options and shows what it says.
#pragma once

#include "import/ImportTypes.h"
#include "repositories/AccessScope.h"

#include <QWizard>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QPlainTextEdit;
template <typename T> class QFutureWatcher;

namespace frontline {

class Database;

class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    ImportWizard(Database *database, const AccessScope &scope, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Preselects a file and a kind (drag and drop, tests).
    void setFile(const QString &path, const QString &kind = QString());
    // The outcome of the import (ok false until one finished).
    const ImportSummary &result() const { return m_result; }

    enum PageIds
    {
        FilePage,
        MappingPage,
        RunPage,
    };

Q_SIGNALS:
    // A batch was written: pages showing data should refresh.
    void imported(qint64 batchId);

private:
    friend class ImportFilePage;
    friend class ImportMappingPage;
    friend class ImportRunPage;

    ImportOptions options(bool dryRun) const;
    // Starts Importer::run on a worker thread; done is called on the UI thread.
    void start(bool dryRun, std::function<void(const ImportSummary &)> done);
    void cancel() { m_cancel = true; }
    bool isRunning() const;

    Database *m_database;
    AccessScope m_scope;
    QString m_path;
    QString m_kind;
    QByteArray m_encoding = "auto";
    QString m_sheet;
    QString m_profile;
    QJsonObject m_mapping; // the user's corrections
    ImportSummary m_preview;
    ImportSummary m_result;
    std::atomic_bool m_cancel = false;
    std::unique_ptr<QFutureWatcher<ImportSummary>> m_watcher;
    std::function<void(double, qint64)> m_onProgress;
};

} // namespace frontline
