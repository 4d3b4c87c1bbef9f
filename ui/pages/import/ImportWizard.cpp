#include "ImportWizard.h"

#include "import/ImportKind.h"
#include "import/ImportMapping.h"
#include "import/Importer.h"
#include "io/RowSource.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QWizardPage>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {

QString countsText(const ImportSummary &s)
{
    const QLocale l;
    QString text =
        ImportWizard::tr("%1 rows read: %2 new, %3 merged, %4 updated, %5 skipped, %6 rejected; "
                         "%7 warnings.")
            .arg(l.toString(s.read), l.toString(s.inserted), l.toString(s.merged), l.toString(s.updated),
                 l.toString(s.skipped), l.toString(s.rejected), l.toString(s.warnings));
    QStringList created;
    for (auto it = s.created.cbegin(); it != s.created.cend(); ++it)
        if (it.value() > 0)
            created << u"%1 × %2"_s.arg(it.key(), l.toString(it.value()));
    if (!created.isEmpty())
        text += u' ' + ImportWizard::tr("Created along the way: %1.").arg(created.join(u", "_s));
    return text;
}

QString issueText(const ImportIssue &issue)
{
    const QString where = issue.column.isEmpty()
                              ? ImportWizard::tr("Row %1").arg(issue.row)
                              : ImportWizard::tr("Row %1, column %2").arg(issue.row).arg(issue.column);
    const QString kind = issue.severity == ImportIssue::Reject ? ImportWizard::tr("rejected")
                         : issue.severity == ImportIssue::Skip ? ImportWizard::tr("skipped")
                                                               : ImportWizard::tr("warning");
    return u"%1 (%2): %3"_s.arg(where, kind, issue.message);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Step 1: the file, what it holds, how it is encoded.

class ImportFilePage : public QWizardPage
{
public:
    explicit ImportFilePage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
    {
        setTitle(ImportWizard::tr("Choose a file"));
        setSubTitle(ImportWizard::tr("CSV or Excel (.xlsx) files from an ERP, another CRM or a sheet kept by "
                                     "hand. Nothing is written until the last step."));
        m_kind = new QComboBox(this);
        m_kind->setObjectName(u"kindCombo"_s);
        for (const QString &key : ImportKind::keys())
            m_kind->addItem(ImportKind::create(key)->label(), key);
        m_file = new QLineEdit(this);
        m_file->setObjectName(u"fileEdit"_s);
        m_file->setPlaceholderText(ImportWizard::tr("The file to import"));
        auto *browse = new QPushButton(ImportWizard::tr("&Browse…"), this);
        auto *fileRow = new QHBoxLayout;
        fileRow->addWidget(m_file, 1);
        fileRow->addWidget(browse);
        m_encoding = new QComboBox(this);
        m_encoding->setObjectName(u"encodingCombo"_s);
        m_encoding->addItem(ImportWizard::tr("Detect automatically"), QByteArray("auto"));
        m_encoding->addItem(u"UTF-8"_s, QByteArray("utf-8"));
        m_encoding->addItem(ImportWizard::tr("Chinese (GB18030 / GBK)"), QByteArray("gb18030"));
        m_encoding->addItem(ImportWizard::tr("Traditional Chinese (Big5)"), QByteArray("big5"));
        m_encoding->addItem(u"UTF-16"_s, QByteArray("utf-16le"));
        m_sheet = new QComboBox(this);
        m_sheet->setObjectName(u"sheetCombo"_s);
        m_profile = new QComboBox(this);
        m_profile->setObjectName(u"profileCombo"_s);
        m_detected = new QLabel(this);
        m_detected->setWordWrap(true);
        m_detected->setObjectName(u"detectedLabel"_s);

        auto *form = new QFormLayout(this);
        form->addRow(ImportWizard::tr("&What it holds:"), m_kind);
        form->addRow(ImportWizard::tr("&File:"), fileRow);
        form->addRow(ImportWizard::tr("&Encoding:"), m_encoding);
        form->addRow(ImportWizard::tr("&Sheet:"), m_sheet);
        form->addRow(ImportWizard::tr("Saved &mapping:"), m_profile);
        form->addRow(QString(), m_detected);

        connect(browse, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getOpenFileName(
                this, ImportWizard::tr("Import a File"), m_file->text(),
                ImportWizard::tr("Spreadsheets and text (*.xlsx *.xls *.csv *.tsv *.txt);;All files (*)"));
            if (!path.isEmpty())
                m_file->setText(path);
        });
        connect(m_file, &QLineEdit::textChanged, this, &ImportFilePage::inspect);
        connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportFilePage::inspect);
        connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportFilePage::fillProfiles);
        fillProfiles();
    }

    void setFile(const QString &path, const QString &kind)
    {
        if (const int i = m_kind->findData(kind); i >= 0)
            m_kind->setCurrentIndex(i);
        m_file->setText(path);
    }

    bool isComplete() const override { return m_readable; }

    bool validatePage() override
    {
        m_wizard->m_path = m_file->text().trimmed();
        m_wizard->m_kind = m_kind->currentData().toString();
        m_wizard->m_encoding = m_encoding->currentData().toByteArray();
        m_wizard->m_sheet = m_sheet->currentIndex() >= 0 ? m_sheet->currentText() : QString();
        m_wizard->m_profile = m_profile->currentIndex() > 0 ? m_profile->currentText() : QString();
        m_wizard->m_mapping = {};
        return true;
    }

private:
    void fillProfiles()
    {
        m_profile->clear();
        m_profile->addItem(ImportWizard::tr("None: recognise the headers"));
        if (m_wizard->m_database)
            m_profile->addItems(
                ImportMapping::profiles(*m_wizard->m_database, m_kind->currentData().toString()));
        m_profile->setEnabled(m_profile->count() > 1);
    }

    // Opens the file to show what was detected and which sheets it has.
    void inspect()
    {
        const QString path = m_file->text().trimmed();
        m_readable = false;
        m_sheet->clear();
        if (path.isEmpty() || !QFileInfo(path).isFile()) {
            m_detected->setText(path.isEmpty() ? QString()
                                               : ImportWizard::tr("There is no file %1.").arg(path));
            Q_EMIT completeChanged();
            return;
        }
        io::ReadOptions read;
        read.encoding = m_encoding->currentData().toByteArray();
        QString error;
        const std::unique_ptr<io::RowSource> source = io::openRowSource(path, read, &error);
        if (!source) {
            m_detected->setText(error);
            Q_EMIT completeChanged();
            return;
        }
        m_readable = true;
        m_sheet->addItems(source->sheetNames());
        m_sheet->setCurrentText(source->sheet());
        m_sheet->setEnabled(m_sheet->count() > 1);
        if (source->format().startsWith(u"xls"_s)) { // xlsx, or xls through FreeXL
            m_detected->setText(ImportWizard::tr("Excel workbook with %n sheet(s).", nullptr,
                                                 int(source->sheetNames().size())));
        } else {
            const QChar d = source->delimiter();
            const QString delimiter = d == u'\t' ? ImportWizard::tr("tab") : QString(d);
            m_detected->setText(ImportWizard::tr("Text file in %1, columns separated by \"%2\".")
                                    .arg(QString::fromLatin1(source->encoding()).toUpper(), delimiter));
        }
        Q_EMIT completeChanged();
    }

    ImportWizard *m_wizard;
    QComboBox *m_kind;
    QLineEdit *m_file;
    QComboBox *m_encoding;
    QComboBox *m_sheet;
    QComboBox *m_profile;
    QLabel *m_detected;
    bool m_readable = false;
};

// ---------------------------------------------------------------------------------------------
// Step 2: the columns' mapping, and a dry run that shows what would be stored.

class ImportMappingPage : public QWizardPage
{
public:
    explicit ImportMappingPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
    {
        setTitle(ImportWizard::tr("Check the columns"));
        setSubTitle(
            ImportWizard::tr("Each column of the file goes into a field, or is ignored. The rows below "
                             "are what would be stored; nothing has been written yet."));
        m_info = new QLabel(this);
        m_info->setObjectName(u"previewInfo"_s);
        m_info->setWordWrap(true);
        m_columns = new QTableWidget(0, 2, this);
        m_columns->setObjectName(u"mappingTable"_s);
        m_columns->verticalHeader()->hide();
        m_columns->horizontalHeader()->setStretchLastSection(true);
        m_columns->setSelectionMode(QAbstractItemView::NoSelection);
        m_rows = new QTableWidget(this);
        m_rows->setObjectName(u"previewTable"_s);
        m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_rows->verticalHeader()->hide();
        m_issues = new QPlainTextEdit(this);
        m_issues->setObjectName(u"issuesText"_s);
        m_issues->setReadOnly(true);
        m_issues->setMaximumBlockCount(1000);
        auto *save = new QPushButton(ImportWizard::tr("Save &Mapping As…"), this);
        save->setObjectName(u"saveMappingButton"_s);

        auto *right = new QSplitter(Qt::Vertical, this);
        right->addWidget(m_rows);
        right->addWidget(m_issues);
        right->setStretchFactor(0, 3);
        right->setStretchFactor(1, 1);
        auto *split = new QSplitter(this);
        split->addWidget(m_columns);
        split->addWidget(right);
        split->setStretchFactor(1, 2);
        auto *buttons = new QHBoxLayout;
        buttons->addStretch();
        buttons->addWidget(save);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_info);
        layout->addWidget(split, 1);
        layout->addLayout(buttons);

        m_rerun = new QTimer(this);
        m_rerun->setSingleShot(true);
        m_rerun->setInterval(300);
        connect(m_rerun, &QTimer::timeout, this, &ImportMappingPage::runPreview);
        connect(save, &QPushButton::clicked, this, &ImportMappingPage::saveMapping);
    }

    void initializePage() override { runPreview(); }
    void cleanupPage() override { m_wizard->cancel(); }
    bool isComplete() const override
    {
        return !m_running && m_wizard->m_preview.ok && m_wizard->m_preview.read > 0;
    }

private:
    void runPreview()
    {
        if (m_wizard->isRunning()) {
            m_rerun->start();
            return;
        }
        m_running = true;
        Q_EMIT completeChanged();
        m_info->setText(ImportWizard::tr("Reading the file…"));
        m_wizard->start(true, [this](const ImportSummary &s) {
            m_running = false;
            m_wizard->m_preview = s;
            show(s);
            Q_EMIT completeChanged();
        });
    }

    void show(const ImportSummary &s)
    {
        if (!s.ok) {
            m_info->setText(s.error.isEmpty() ? ImportWizard::tr("The file could not be read.") : s.error);
        } else {
            QString where =
                s.format.startsWith(u"xls"_s)
                    ? ImportWizard::tr("Sheet \"%1\", header on row %2.").arg(s.sheet).arg(s.headerRow)
                    : ImportWizard::tr("%1 text, header on line %2.")
                          .arg(QString::fromLatin1(s.encoding).toUpper())
                          .arg(s.headerRow);
            m_info->setText(where + u' ' + countsText(s));
        }
        fillColumns(s);
        fillRows(s);
        QStringList issues;
        for (const ImportIssue &issue : s.issues)
            issues << issueText(issue);
        m_issues->setPlainText(issues.isEmpty() ? ImportWizard::tr("No problems found.")
                                                : issues.join(u'\n'));
    }

    void fillColumns(const ImportSummary &s)
    {
        const QList<ImportField> fields = ImportKind::create(m_wizard->m_kind)->fields();
        m_columns->clear();
        m_columns->setHorizontalHeaderLabels(
            {ImportWizard::tr("Column in the file"), ImportWizard::tr("Field")});
        m_columns->setRowCount(int(s.columns.size()));
        for (int i = 0; i < s.columns.size(); ++i) {
            const ColumnMapping &c = s.columns.at(i);
            auto *header = new QTableWidgetItem(c.header);
            header->setFlags(Qt::ItemIsEnabled);
            m_columns->setItem(i, 0, header);
            auto *combo = new QComboBox(m_columns);
            combo->addItem(ImportWizard::tr("(ignore)"), QString());
            for (const ImportField &f : fields)
                combo->addItem(f.required ? ImportWizard::tr("%1 (required)").arg(f.label) : f.label, f.key);
            combo->setCurrentIndex(std::max(0, combo->findData(c.field)));
            const QString headerText = c.header;
            connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, headerText] {
                QJsonObject columns = m_wizard->m_mapping.value(u"columns"_s).toObject();
                columns.insert(headerText, combo->currentData().toString());
                m_wizard->m_mapping.insert(u"columns"_s, columns);
                m_rerun->start();
            });
            m_columns->setCellWidget(i, 1, combo);
        }
        m_columns->resizeColumnToContents(0);
    }

    void fillRows(const ImportSummary &s)
    {
        QStringList keys;
        for (const QVariantMap &row : s.previewRows)
            for (auto it = row.cbegin(); it != row.cend(); ++it)
                if (!keys.contains(it.key()))
                    keys << it.key();
        // Fields by their labels; keys the kind does not list (how a row is stored) as they are.
        QStringList labels;
        const QList<ImportField> fields = ImportKind::create(m_wizard->m_kind)->fields();
        for (const QString &key : std::as_const(keys)) {
            const auto field = std::find_if(fields.cbegin(), fields.cend(),
                                            [&](const ImportField &f) { return f.key == key; });
            labels << (key == u"action"_s       ? ImportWizard::tr("Action")
                       : field != fields.cend() ? field->label
                                                : key);
        }
        m_rows->clear();
        m_rows->setColumnCount(int(keys.size()));
        m_rows->setHorizontalHeaderLabels(labels);
        m_rows->setRowCount(int(s.previewRows.size()));
        for (int r = 0; r < s.previewRows.size(); ++r)
            for (int c = 0; c < keys.size(); ++c)
                m_rows->setItem(r, c, new QTableWidgetItem(s.previewRows.at(r).value(keys.at(c)).toString()));
        m_rows->resizeColumnsToContents();
    }

    void saveMapping()
    {
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, ImportWizard::tr("Save Mapping"),
                                  ImportWizard::tr("Name, to use it again for files like this one:"),
                                  QLineEdit::Normal, QFileInfo(m_wizard->m_path).baseName(), &ok)
                .trimmed();
        if (!ok || name.isEmpty())
            return;
        QString error;
        if (!ImportMapping::save(*m_wizard->m_database, m_wizard->m_kind, name,
                                 ImportMapping::toProfile(m_wizard->m_preview.columns), &error))
            QMessageBox::warning(this, ImportWizard::tr("Save Mapping"), error);
    }

    ImportWizard *m_wizard;
    QLabel *m_info;
    QTableWidget *m_columns;
    QTableWidget *m_rows;
    QPlainTextEdit *m_issues;
    QTimer *m_rerun;
    bool m_running = false;
};

// ---------------------------------------------------------------------------------------------
// Step 3: the import, with progress and Cancel, then what happened.

class ImportRunPage : public QWizardPage
{
public:
    explicit ImportRunPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
    {
        setTitle(ImportWizard::tr("Import"));
        setFinalPage(true);
        m_progress = new QProgressBar(this);
        m_progress->setObjectName(u"importProgress"_s);
        m_progress->setRange(0, 1000);
        m_cancel = new QPushButton(ImportWizard::tr("&Stop"), this);
        m_cancel->setObjectName(u"stopButton"_s);
        m_status = new QLabel(this);
        m_status->setObjectName(u"importStatus"_s);
        m_status->setWordWrap(true);
        m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_rejects = new QPushButton(ImportWizard::tr("Open the &Rejects File"), this);
        m_rejects->setObjectName(u"openRejectsButton"_s);
        m_issues = new QPlainTextEdit(this);
        m_issues->setReadOnly(true);
        auto *row = new QHBoxLayout;
        row->addWidget(m_progress, 1);
        row->addWidget(m_cancel);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(row);
        layout->addWidget(m_status);
        layout->addWidget(m_issues, 1);
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(m_rejects);
        buttons->addStretch();
        layout->addLayout(buttons);
        connect(m_cancel, &QPushButton::clicked, m_wizard, [this] { m_wizard->cancel(); });
        connect(m_rejects, &QPushButton::clicked, this,
                [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_wizard->m_result.rejectsFile)); });
    }

    void initializePage() override
    {
        m_done = false;
        m_rejects->hide();
        m_issues->clear();
        m_cancel->setEnabled(true);
        m_progress->setValue(0);
        m_status->setText(ImportWizard::tr("Importing %1…").arg(QFileInfo(m_wizard->m_path).fileName()));
        m_wizard->m_onProgress = [this](double share, qint64 rows) {
            m_progress->setValue(int(share * 1000));
            m_status->setText(ImportWizard::tr("Importing… %L1 rows so far").arg(rows));
        };
        m_wizard->start(false, [this](const ImportSummary &s) {
            m_wizard->m_onProgress = nullptr;
            m_wizard->m_result = s;
            m_done = true;
            m_cancel->setEnabled(false);
            m_progress->setValue(s.ok ? 1000 : m_progress->value());
            if (s.cancelled)
                m_status->setText(ImportWizard::tr("Stopped. Nothing was imported."));
            else if (!s.ok)
                m_status->setText(ImportWizard::tr("Nothing was imported: %1").arg(s.error));
            else
                m_status->setText(
                    ImportWizard::tr("Imported as batch %1 in %2 s. %3 It can be undone from the "
                                     "import history.")
                        .arg(s.batch)
                        .arg(QLocale().toString(s.seconds, 'f', 1), countsText(s)));
            m_rejects->setVisible(s.ok && !s.rejectsFile.isEmpty() && s.rejected > 0);
            QStringList issues;
            for (const ImportIssue &issue : s.issues)
                issues << issueText(issue);
            m_issues->setPlainText(issues.join(u'\n'));
            if (s.ok && s.batch)
                Q_EMIT m_wizard->imported(s.batch);
            Q_EMIT completeChanged();
        });
    }

    bool isComplete() const override { return m_done; }

private:
    ImportWizard *m_wizard;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_status;
    QPushButton *m_rejects;
    QPlainTextEdit *m_issues;
    bool m_done = false;
};

// ---------------------------------------------------------------------------------------------

ImportWizard::ImportWizard(Database *database, const AccessScope &scope, QWidget *parent)
    : QWizard(parent), m_database(database), m_scope(scope)
{
    setObjectName(u"importWizard"_s);
    setWindowTitle(tr("Import a File"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(FilePage, new ImportFilePage(this));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(RunPage, new ImportRunPage(this));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    resize(980, 640);
}

ImportWizard::~ImportWizard()
{
    // A running import is stopped and waited for: its transaction is rolled back.
    m_cancel = true;
    if (m_watcher)
        m_watcher->waitForFinished();
}

void ImportWizard::setFile(const QString &path, const QString &kind)
{
    static_cast<ImportFilePage *>(page(FilePage))->setFile(path, kind);
}

bool ImportWizard::isRunning() const
{
    return m_watcher && m_watcher->isRunning();
}

ImportOptions ImportWizard::options(bool dryRun) const
{
    ImportOptions o;
    o.kind = m_kind;
    o.read.encoding = m_encoding;
    o.read.sheet = m_sheet;
    o.mapping = m_profile;
    o.mappingJson = m_mapping;
    o.dryRun = dryRun;
    return o;
}

void ImportWizard::start(bool dryRun, std::function<void(const ImportSummary &)> done)
{
    if (!m_database)
        return;
    m_cancel = false;
    ImportOptions o = options(dryRun);
    o.cancel = &m_cancel;
    QPointer<ImportWizard> self(this);
    o.progress = [self](double share, qint64 rows) {
        // From the worker: shown on the UI thread, if the wizard is still there.
        QMetaObject::invokeMethod(
            self.data(),
            [self, share, rows] {
                if (self && self->m_onProgress)
                    self->m_onProgress(share, rows);
            },
            Qt::QueuedConnection);
        return true;
    };
    m_watcher = std::make_unique<QFutureWatcher<ImportSummary>>();
    connect(m_watcher.get(), &QFutureWatcher<ImportSummary>::finished, this,
            [this, done] { done(m_watcher->result()); });
    Database *db = m_database;
    const AccessScope scope = m_scope;
    const QString path = m_path;
    m_watcher->setFuture(QtConcurrent::run([db, scope, path, o] {
        ImportSummary summary = Importer(*db, scope).run(path, o);
        db->releaseThreadConnection();
        return summary;
    }));
}

} // namespace frontline
