#include "ExportDialog.h"

#include "analytics/Period.h"
#include "dialogs/DialogSize.h"
#include "export/Exporter.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "widgets/StatusLabel.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace frontline {

ExportDialog::ExportDialog(Database *db, AccessScope scope, QWidget *parent)
    : QDialog(parent), m_db(db), m_scope(std::move(scope)),
      m_cancel(std::make_shared<std::atomic_bool>(false))
{
    setObjectName(u"exportDialog"_s);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"exportKind"_s);
    for (const QString &kind : Exporter::kinds())
        m_kind->addItem(QString(), kind);
    m_kindLabel = new QLabel(this);
    m_kindLabel->setBuddy(m_kind);
    m_period = new QLineEdit(this);
    m_period->setObjectName(u"exportPeriod"_s);
    m_period->setClearButtonEnabled(true);
    m_periodLabel = new QLabel(this);
    m_periodLabel->setBuddy(m_period);
    m_format = new QComboBox(this);
    m_format->setObjectName(u"exportFormat"_s);
    m_format->addItem(QString(), u"xlsx"_s);
    m_format->addItem(QString(), u"utf-8"_s);
    m_format->addItem(QString(), u"gbk"_s);
    m_formatLabel = new QLabel(this);
    m_formatLabel->setBuddy(m_format);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"exportProgress"_s);
    m_progress->setRange(0, 0); // the number of rows is known only at the end
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_message = new StatusLabel(this);
    m_message->setObjectName(u"exportMessage"_s);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_export->setObjectName(u"exportButton"_s);
    m_export->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(m_kindLabel, m_kind);
    form->addRow(m_periodLabel, m_period);
    form->addRow(m_formatLabel, m_format);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        setMessage(QString(), false);
        updateControls();
    });
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    retranslateUi(); // and updateControls()
    setDialogWidth(this, 520);
}

ExportDialog::~ExportDialog()
{
    // The worker uses the database and calls back into the dialog: it ends before they go.
    if (m_watcher && m_watcher->isRunning()) {
        m_cancel->store(true);
        m_watcher->waitForFinished();
    }
}

void ExportDialog::setKind(const QString &kind)
{
    const int index = m_kind->findData(kind);
    if (index >= 0)
        m_kind->setCurrentIndex(index);
}

bool ExportDialog::isRunning() const
{
    return m_watcher && m_watcher->isRunning();
}

QString ExportDialog::message() const
{
    return m_messageText;
}

void ExportDialog::cancel()
{
    m_cancel->store(true);
}

void ExportDialog::reject()
{
    if (isRunning()) { // Cancel first; the dialog stays until the partial file is gone.
        cancel();
        return;
    }
    QDialog::reject();
}

QString ExportDialog::defaultFileName() const
{
    const QString kind = m_kind->currentData().toString();
    QString name = Exporter::label(kind);
    if (!m_period->text().trimmed().isEmpty())
        name += u'-' + m_period->text().trimmed();
    else
        name += u'-' + QDate::currentDate().toString(Qt::ISODate);
    name.replace(u'/', u'-').replace(u'\\', u'-').replace(u':', u'-');
    return name + (m_format->currentData().toString() == u"xlsx"_s ? u".xlsx"_s : u".csv"_s);
}

void ExportDialog::chooseFileAndExport()
{
    QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (start.isEmpty())
        start = QDir::homePath();
    const bool xlsx = m_format->currentData().toString() == u"xlsx"_s;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export %1").arg(m_kind->currentText()), start + u'/' + defaultFileName(),
        xlsx ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool ExportDialog::exportTo(const QString &path)
{
    if (isRunning())
        return false;
    const QString kind = m_kind->currentData().toString();
    ExportOptions options;
    // The format chosen, unless the file name says otherwise (a name typed as 客户.csv while
    // Excel was chosen): never an XLSX file called .csv.
    const QString chosen = m_format->currentData().toString();
    const QString suffix = QFileInfo(path).suffix().toLower();
    options.format = suffix == u"csv"_s || suffix == u"xlsx"_s ? suffix
                     : chosen == u"xlsx"_s                     ? u"xlsx"_s
                                                               : u"csv"_s;
    if (options.format == u"csv"_s)
        options.encoding = chosen == u"xlsx"_s ? QByteArray("utf-8") : chosen.toLatin1();
    QString file = path;
    if (suffix != options.format)
        file += u'.' + options.format;
    const QString periodText = m_period->text().trimmed();
    if (!periodText.isEmpty() && Exporter::isDated(kind)) {
        QString error;
        const std::optional<analytics::Period> period = analytics::Period::parse(periodText, &error);
        if (!period) {
            setMessage(error, true);
            m_period->setFocus();
            return false;
        }
        options.from = period->from();
        options.to = period->to();
    }
    m_cancel->store(false);
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancel;
    options.progress = [this, cancelled](qint64 rows) {
        QMetaObject::invokeMethod(
            this, [this, rows] { m_progress->setFormat(tr("%L1 rows written…").arg(rows)); },
            Qt::QueuedConnection);
        return !cancelled->load();
    };
    m_progress->setFormat(tr("Writing…"));
    m_progress->show();
    setMessage(QString(), false);
    m_watcher = std::make_unique<QFutureWatcher<ExportResult>>();
    connect(m_watcher.get(), &QFutureWatcher<ExportResult>::finished, this,
            [this] { showResult(m_watcher->result()); });
    Database *db = m_db;
    m_watcher->setFuture(QtConcurrent::run([db, scope = m_scope, kind, file, options] {
        ExportResult result;
        {
            Exporter exporter(*db, scope);
            result = exporter.run(kind, file, options);
        }
        db->releaseThreadConnection();
        return result;
    }));
    updateControls();
    return true;
}

void ExportDialog::showResult(const ExportResult &result)
{
    m_progress->hide();
    if (result.ok) {
        QString text = tr("%n row(s) written to %1.", nullptr, int(std::min<qint64>(result.rows, INT_MAX)))
                           .arg(QDir::toNativeSeparators(result.path));
        if (result.encodingErrors)
            text += u' ' + tr("Some characters have no equivalent in GBK and were replaced; choose UTF-8 to "
                              "keep them.");
        setMessage(text, false);
    } else {
        setMessage(result.cancelled ? tr("The export was cancelled; no file was written.") : result.error,
                   !result.cancelled);
    }
    updateControls();
    Q_EMIT finished(result.ok);
}

void ExportDialog::setMessage(const QString &text, bool error)
{
    m_messageText = text;
    if (text.isEmpty())
        m_message->clearMessage();
    else
        m_message->showMessage(text, error ? StatusLabel::Error : StatusLabel::Success);
}

void ExportDialog::updateControls()
{
    const bool running = isRunning();
    const QString kind = m_kind->currentData().toString();
    const bool dated = Exporter::isDated(kind);
    m_period->setEnabled(dated && !running);
    m_periodLabel->setEnabled(dated);
    m_period->setPlaceholderText(dated ? tr("All dates, or 2025-03, 2025-Q1, 2025…")
                                       : tr("%1 have no dates").arg(m_kind->currentText()));
    m_kind->setEnabled(!running);
    m_format->setEnabled(!running);
    // Core checks again and audits; this only says so before a file name is asked for.
    const bool allowed =
        m_db && Permissions(*m_db).allows(m_scope, Exporter::permissionArea(kind), PermissionAction::Export);
    if (!allowed && !running && m_messageText.isEmpty())
        setMessage(tr("Your role may not export %1; an administrator can allow it on the Administration "
                      "page.")
                       .arg(m_kind->currentText()),
                   true);
    m_export->setEnabled(allowed && !running);
    m_buttons->button(QDialogButtonBox::Close)->setText(running ? tr("Cancel") : tr("Close"));
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export Data"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, Exporter::label(m_kind->itemData(i).toString()));
    m_kindLabel->setText(tr("&Data:"));
    m_periodLabel->setText(tr("&Period:"));
    m_formatLabel->setText(tr("&Format:"));
    m_format->setItemText(0, tr("Excel workbook (.xlsx)"));
    m_format->setItemText(1, tr("CSV, UTF-8 (Excel on any system)"));
    m_format->setItemText(2, tr("CSV, GBK (older Chinese Excel)"));
    m_export->setText(tr("&Export…"));
    updateControls();
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace frontline
