#include "ReportsDialog.h"

#include "analytics/Reports.h"
#include "export/ReportWriter.h"
#include "print/DashboardPrint.h"
#include "print/ReportPrinter.h"
#include "settings/SharedSettings.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace frontline {

using namespace analytics;

ReportsDialog::ReportsDialog(Database *db, AccessScope scope, QWidget *parent)
    : QDialog(parent), m_db(db), m_scope(std::move(scope)), m_today(QDate::currentDate()),
      m_printer(QPrinter::HighResolution)
{
    setObjectName(u"reportsDialog"_s);
    m_printer.setPageLayout(PrintDocument::a4());
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"reportKind"_s);
    for (const QString &kind : Reports::kinds())
        m_kind->addItem(QString(), kind);
    m_period = new QLineEdit(Period::containing(Period::Month, m_today).key(), this);
    m_period->setObjectName(u"reportPeriod"_s);
    m_by = new QComboBox(this);
    m_by->setObjectName(u"reportGrouping"_s);
    m_byLabel = new QLabel(this);
    m_show = new QPushButton(this);
    m_show->setObjectName(u"showReport"_s);
    m_show->setDefault(true);
    m_note = new QLabel(this);
    m_note->setObjectName(u"reportNote"_s);
    m_note->setWordWrap(true);
    m_preview = new QPrintPreviewWidget(&m_printer, this);
    m_preview->setObjectName(u"reportPreview"_s);
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    m_print = new QPushButton(this);
    m_print->setObjectName(u"printReport"_s);
    m_pdf = new QPushButton(this);
    m_pdf->setObjectName(u"savePdf"_s);
    m_xlsx = new QPushButton(this);
    m_xlsx->setObjectName(u"saveXlsx"_s);
    m_csv = new QPushButton(this);
    m_csv->setObjectName(u"saveCsv"_s);
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(u"csvEncoding"_s);
    m_encoding->addItem(QString(), QByteArray("utf-8"));
    m_encoding->addItem(QString(), QByteArray("gbk"));
    m_encodingLabel = new QLabel(this);
    m_encodingLabel->setBuddy(m_encoding);

    auto *choose = new QHBoxLayout;
    choose->setSpacing(8);
    auto *kindLabel = new QLabel(this);
    kindLabel->setObjectName(u"kindLabel"_s);
    kindLabel->setBuddy(m_kind);
    auto *periodLabel = new QLabel(this);
    periodLabel->setObjectName(u"periodLabel"_s);
    periodLabel->setBuddy(m_period);
    m_byLabel->setBuddy(m_by);
    choose->addWidget(kindLabel);
    choose->addWidget(m_kind);
    choose->addSpacing(8);
    choose->addWidget(periodLabel);
    choose->addWidget(m_period);
    choose->addSpacing(8);
    choose->addWidget(m_byLabel);
    choose->addWidget(m_by);
    choose->addWidget(m_show);
    choose->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_pdf, QDialogButtonBox::ActionRole);
    buttons->addButton(m_xlsx, QDialogButtonBox::ActionRole);
    buttons->addButton(m_csv, QDialogButtonBox::ActionRole);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_encodingLabel);
    bottom->addWidget(m_encoding);
    bottom->addSpacing(12);
    bottom->addWidget(buttons, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choose);
    layout->addWidget(m_note);
    layout->addWidget(m_preview, 1);
    layout->addLayout(bottom);

    connect(m_kind, &QComboBox::activated, this, [this] {
        updateGrouping();
        compute();
    });
    connect(m_by, &QComboBox::activated, this, &ReportsDialog::compute);
    connect(m_period, &QLineEdit::returnPressed, this, &ReportsDialog::compute);
    connect(m_show, &QPushButton::clicked, this, &ReportsDialog::compute);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *printer) {
        if (const std::unique_ptr<PrintDocument> doc = document())
            m_pages = doc->print(printer);
    });
    connect(m_print, &QPushButton::clicked, this, &ReportsDialog::print);
    connect(m_pdf, &QPushButton::clicked, this, [this] { saveAs(u"pdf"_s); });
    connect(m_xlsx, &QPushButton::clicked, this, [this] { saveAs(u"xlsx"_s); });
    connect(m_csv, &QPushButton::clicked, this, [this] { saveAs(u"csv"_s); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslateUi();
    updateGrouping();
    updateButtons();
    resize(1000, 760);
}

ReportsDialog::~ReportsDialog()
{
    if (m_watcher && m_watcher->isRunning())
        m_watcher->waitForFinished();
}

QString ReportsDialog::kindTitle(const QString &kind)
{
    if (kind == u"sales"_s)
        return tr("Sales summary");
    if (kind == u"ranking"_s)
        return tr("Ranking of reps");
    if (kind == u"attainment"_s)
        return tr("Target attainment");
    if (kind == u"funnel"_s)
        return tr("Funnel");
    if (kind == u"dashboard"_s)
        return tr("Dashboard");
    if (kind == u"rep-performance"_s)
        return tr("Rep performance");
    if (kind == u"customers"_s)
        return tr("Customer list");
    return kind;
}

void ReportsDialog::retranslateUi()
{
    setWindowTitle(tr("Reports"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, kindTitle(m_kind->itemData(i).toString()));
    findChild<QLabel *>(u"kindLabel"_s)->setText(tr("&Report:"));
    findChild<QLabel *>(u"periodLabel"_s)->setText(tr("&Period:"));
    m_period->setPlaceholderText(tr("2025-03, 2025-Q1, 2025 or FROM..TO"));
    m_period->setToolTip(tr("A month (2025-03), a quarter (2025-Q1), a year (2025), a week (2025-W07), a day "
                            "or a range FROM..TO"));
    m_byLabel->setText(tr("&By:"));
    m_show->setText(tr("&Show"));
    m_print->setText(tr("&Print…"));
    m_pdf->setText(tr("Save P&DF…"));
    m_xlsx->setText(tr("Save &Excel…"));
    m_csv->setText(tr("Save &CSV…"));
    m_encodingLabel->setText(tr("CSV &encoding:"));
    m_encoding->setItemText(0, tr("UTF-8 (Excel, recommended)"));
    m_encoding->setItemText(1, tr("GBK (older Chinese software)"));
    m_encoding->setToolTip(
        tr("How the characters of a CSV file are stored. UTF-8 with a byte-order mark opens "
           "correctly in Excel; choose GBK for software that only reads GBK."));
}

void ReportsDialog::updateGrouping()
{
    const QString kind = m_kind->currentData().toString();
    const QString current = m_by->currentData().toString();
    QList<Dimension> dims;
    if (kind == u"sales"_s) {
        for (const Dimension d : Metrics::dimensions())
            if (d != Dimension::None)
                dims << d;
    } else if (kind == u"attainment"_s) {
        dims = {Dimension::Rep, Dimension::Team};
    }
    m_by->clear();
    for (const Dimension d : std::as_const(dims))
        m_by->addItem(Metrics::label(d), Metrics::key(d));
    m_by->setCurrentIndex(std::max(0, m_by->findData(current)));
    m_by->setVisible(!dims.isEmpty());
    m_byLabel->setVisible(!dims.isEmpty());
}

void ReportsDialog::setToday(const QDate &today)
{
    m_today = today;
}

void ReportsDialog::setReport(const QString &kind, const QString &period, const QString &by)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
    updateGrouping();
    if (!by.isEmpty())
        m_by->setCurrentIndex(std::max(0, m_by->findData(by)));
    m_period->setText(period);
    compute();
}

QString ReportsDialog::problem() const
{
    return m_problem;
}

void ReportsDialog::compute()
{
    if (!m_db || !m_db->isOpen())
        return;
    if (m_computing) {
        m_again = true;
        return;
    }
    const QString kind = m_kind->currentData().toString();
    QString error;
    const std::optional<Period> period = Period::parse(m_period->text().trimmed(), &error);
    Result failed;
    if (!period) {
        failed.error = error;
        showResult(failed);
        return;
    }
    if (!ReportWriter::authorize(*m_db, m_scope, kind, false, &error)) {
        failed.error = error;
        showResult(failed);
        return;
    }
    Dimension by = Dimension::None;
    if (m_by->count() > 0)
        by = Metrics::dimensionFromKey(m_by->currentData().toString()).value_or(Dimension::None);
    m_company = SharedSettings(*m_db, m_scope).companyName();
    m_computing = true;
    m_again = false;
    m_note->setText(tr("Calculating…"));
    updateButtons();
    if (m_watcher)
        m_watcher.release()->deleteLater(); // this may run in its finished() signal
    m_watcher = std::make_unique<QFutureWatcher<Result>>();
    connect(m_watcher.get(), &QFutureWatcher<Result>::finished, this, [this] {
        const Result result = m_watcher->result();
        m_computing = false;
        if (m_again) {
            compute();
            return;
        }
        showResult(result);
    });
    Database *db = m_db;
    m_watcher->setFuture(QtConcurrent::run([db, scope = m_scope, kind, p = *period, by, today = m_today] {
        Result r;
        {
            MetricsEngine engine(*db, scope);
            engine.setToday(today);
            engine.refreshRollups(); // when it cannot (read-only), the engine reads the base tables
            QString buildError;
            const std::optional<Report> report =
                Reports(engine, *db).build(kind, p, by, Measure::Revenue, {}, &buildError);
            if (report)
                r.report = *report;
            r.error = report ? engine.lastError() : buildError;
            if (report && kind == u"dashboard"_s)
                r.dashboard = DashboardData::compute(*db, scope, p, 0, today);
        }
        db->releaseThreadConnection();
        return r;
    }));
}

void ReportsDialog::showResult(const Result &result)
{
    m_problem = result.error;
    if (!result.error.isEmpty()) {
        m_report = Report();
        m_dashboard.reset();
        m_note->setText(result.error);
    } else {
        m_report = result.report;
        m_dashboard = result.dashboard;
        qint64 rows = 0;
        for (const ReportTable &t : std::as_const(m_report.sections))
            rows += t.rows.size();
        m_note->setText(tr("%1 · %2 · %n row(s)", nullptr, int(rows))
                            .arg(m_report.title, ReportPrinter::periodText(m_report.period)));
    }
    m_pages = 0;
    m_preview->updatePreview();
    updateButtons();
    Q_EMIT computed();
}

std::unique_ptr<PrintDocument> ReportsDialog::document() const
{
    if (!m_problem.isEmpty() || m_report.kind.isEmpty())
        return nullptr;
    if (m_dashboard)
        return DashboardPrint::document(*m_dashboard, m_company);
    return ReportPrinter::document(m_report, m_company);
}

void ReportsDialog::updateButtons()
{
    const bool ready = !m_computing && m_problem.isEmpty() && !m_report.kind.isEmpty();
    for (QPushButton *b : {m_print, m_pdf, m_xlsx, m_csv})
        b->setEnabled(ready);
}

bool ReportsDialog::save(const QString &path, const QString &format, QString *error)
{
    if (m_report.kind.isEmpty() || !m_problem.isEmpty()) {
        *error = m_problem.isEmpty() ? tr("There is no report to save yet.") : m_problem;
        return false;
    }
    if (!ReportWriter::authorize(*m_db, m_scope, m_report.kind, true, error))
        return false;
    const Report audited = m_dashboard ? DashboardPrint::report(*m_dashboard) : m_report;
    if (!ReportWriter::recordExport(*m_db, m_scope, audited, format, QFileInfo(path).absoluteFilePath(),
                                    false, error))
        return false;
    if (format == u"xlsx"_s)
        return ReportWriter::writeXlsx(audited, path, error);
    if (format == u"csv"_s)
        return ReportWriter::writeCsv(audited, path, error, m_encoding->currentData().toByteArray());
    const std::unique_ptr<PrintDocument> doc = document();
    return doc && doc->writePdf(path, error);
}

void ReportsDialog::saveAs(const QString &format)
{
    QString error;
    if (!ReportWriter::authorize(*m_db, m_scope, m_report.kind, true, &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    const QString filter = format == u"pdf"_s    ? tr("PDF files (*.pdf)")
                           : format == u"xlsx"_s ? tr("Excel workbooks (*.xlsx)")
                                                 : tr("CSV files (*.csv)");
    const QString name = u"%1 %2.%3"_s.arg(m_report.title, m_report.period.key(), format);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Report"), dir + u'/' + name, filter);
    if (path.isEmpty())
        return;
    if (!save(path, format, &error))
        QMessageBox::warning(this, windowTitle(), error);
    else
        m_note->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void ReportsDialog::print()
{
    QString error;
    if (!ReportWriter::authorize(*m_db, m_scope, m_report.kind, true, &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    QPrintDialog dialog(&m_printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Report audited = m_dashboard ? DashboardPrint::report(*m_dashboard) : m_report;
    if (!ReportWriter::recordExport(*m_db, m_scope, audited, u"print"_s, m_printer.printerName(), false,
                                    &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    if (const std::unique_ptr<PrintDocument> doc = document())
        doc->print(&m_printer);
}

} // namespace frontline
