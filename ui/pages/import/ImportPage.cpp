#include "ImportPage.h"

#include "AutoImport.h"
#include "Format.h"
#include "ImportWizard.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/ReportsDialog.h"
#include "import/ImportHistory.h"
#include "import/ImportKind.h"
#include "import/ImportMapping.h"
#include "pages/PageCatalog.h"
#include "security/Permissions.h"
#include "widgets/LineIcon.h"
#include "widgets/PageHeader.h"
#include "widgets/StatusLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
enum Column
{
    When,
    Kind,
    File,
    Who,
    Read,
    Inserted,
    Merged,
    Updated,
    Skipped,
    Rejected,
    Status,
    ColumnCount
};
}

ImportPage::ImportPage(CrmActions *actions, QWidget *parent) : CrmPage(actions, Session::Everything, parent)
{
    m_header = new PageHeader(this);
    m_import = new QPushButton(LineIcon::icon(LineIcon::Add), QString(), this);
    m_import->setObjectName(u"importButton"_s);
    m_undo = new QPushButton(this);
    m_undo->setObjectName(u"undoImportButton"_s);
    m_reports = new QPushButton(this);
    m_reports->setObjectName(u"reportsButton"_s);
    m_exportData = new QPushButton(this);
    m_exportData->setObjectName(u"exportDataButton"_s);
    m_history = new QTableWidget(0, ColumnCount, this);
    m_history->setObjectName(u"importHistory"_s);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setSectionResizeMode(File, QHeaderView::Stretch);

    // Automatic import: a folder whose new files are imported with a saved mapping.
    m_autoGroup = new QGroupBox(this);
    m_autoGroup->setObjectName(u"autoImportGroup"_s);
    m_autoEnabled = new QCheckBox(m_autoGroup);
    m_autoEnabled->setObjectName(u"autoImportCheck"_s);
    m_autoFolderLabel = new QLabel(m_autoGroup);
    m_autoFolder = new QLineEdit(m_autoGroup);
    m_autoFolder->setObjectName(u"autoImportFolderEdit"_s);
    m_autoFolderLabel->setBuddy(m_autoFolder);
    m_autoBrowse = new QPushButton(m_autoGroup);
    m_autoKindLabel = new QLabel(m_autoGroup);
    m_autoKind = new QComboBox(m_autoGroup);
    m_autoKind->setObjectName(u"autoImportKindCombo"_s);
    m_autoKind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_autoKindLabel->setBuddy(m_autoKind);
    for (const QString &key : ImportKind::keys())
        m_autoKind->addItem(QString(), key);
    m_autoMappingLabel = new QLabel(m_autoGroup);
    m_autoMapping = new QComboBox(m_autoGroup);
    m_autoMapping->setObjectName(u"autoImportMappingCombo"_s);
    // Profile names can be long: the combo may be narrower than the longest (a narrow window).
    m_autoMapping->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_autoMapping->setMinimumContentsLength(8);
    m_autoMapping->setMaximumWidth(m_autoMapping->fontMetrics().averageCharWidth() * 40);
    m_autoMappingLabel->setBuddy(m_autoMapping);
    m_autoIntervalLabel = new QLabel(m_autoGroup);
    m_autoInterval = new QSpinBox(m_autoGroup);
    m_autoInterval->setObjectName(u"autoImportIntervalSpin"_s);
    m_autoInterval->setRange(ImportFolderSettings::MinInterval, ImportFolderSettings::MaxInterval);
    m_autoIntervalLabel->setBuddy(m_autoInterval);
    m_autoSave = new QPushButton(m_autoGroup);
    m_autoSave->setObjectName(u"autoImportSaveButton"_s);
    m_autoStatus = new QLabel(m_autoGroup);
    m_autoStatus->setObjectName(u"autoImportStatus"_s);
    m_autoStatus->setTextFormat(Qt::PlainText);
    // Two short lines (what it watches, what the last look did); a long path is cut at the right
    // rather than widening the window or wrapping out of the group's height.
    m_autoStatus->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_autoStatus->setForegroundRole(QPalette::PlaceholderText);
    m_autoMessage = new StatusLabel(m_autoGroup);
    m_autoMessage->setObjectName(u"autoImportMessage"_s);
    // One line too: a wrapping label would make the grid size itself for a guessed width and
    // squeeze the status above it (the page sits in a stack, which ignores height-for-width).
    m_autoMessage->setWordWrap(false);
    m_autoMessage->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    // Two columns (labels, controls), so that the group fits the narrowest window.
    auto *grid = new QGridLayout(m_autoGroup);
    grid->addWidget(m_autoEnabled, 0, 0, 1, 2);
    grid->addWidget(m_autoFolderLabel, 1, 0);
    auto *where = new QHBoxLayout;
    where->addWidget(m_autoFolder, 1);
    where->addWidget(m_autoBrowse);
    grid->addLayout(where, 1, 1);
    grid->addWidget(m_autoKindLabel, 2, 0);
    auto *what = new QHBoxLayout;
    what->addWidget(m_autoKind);
    what->addSpacing(16);
    what->addWidget(m_autoMappingLabel);
    what->addWidget(m_autoMapping, 1);
    what->addStretch(1);
    grid->addLayout(what, 2, 1);
    grid->addWidget(m_autoIntervalLabel, 3, 0);
    auto *when = new QHBoxLayout;
    when->addWidget(m_autoInterval);
    when->addStretch();
    when->addWidget(m_autoSave);
    grid->addLayout(when, 3, 1);
    grid->addWidget(m_autoStatus, 4, 1);
    grid->addWidget(m_autoMessage, 5, 1);
    grid->setColumnStretch(1, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reports);
    buttons->addWidget(m_exportData);
    buttons->addStretch();
    buttons->addWidget(m_undo);
    buttons->addWidget(m_import);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(QMargins()); // the main window frames every page
    layout->addWidget(m_header);
    layout->addWidget(m_autoGroup);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addWidget(m_history, 1);

    connect(m_autoBrowse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(
            window(), tr("Folder to Import From"), QDir::fromNativeSeparators(m_autoFolder->text()));
        if (!dir.isEmpty())
            m_autoFolder->setText(QDir::toNativeSeparators(dir));
    });
    connect(m_autoKind, &QComboBox::currentIndexChanged, this,
            [this] { fillMappings(m_autoMapping->currentData().toString()); });
    connect(m_autoEnabled, &QCheckBox::toggled, this, &ImportPage::updateAutoImportControls);
    connect(m_autoSave, &QPushButton::clicked, this, &ImportPage::saveAutoImport);

    connect(m_import, &QPushButton::clicked, this, [this] { importFile(); });
    connect(m_undo, &QPushButton::clicked, this, &ImportPage::undoSelected);
    connect(m_reports, &QPushButton::clicked, this, &ImportPage::openReports);
    connect(m_exportData, &QPushButton::clicked, this, [this] { openExport(); });
    connect(m_history, &QTableWidget::itemSelectionChanged, this, &ImportPage::updateButtons);
    retranslateUi();
}

void ImportPage::importFile(const QString &path, const QString &kind)
{
    if (!session()->isOpen())
        return;
    ImportWizard wizard(session()->database(), session()->scope(), window());
    if (!path.isEmpty())
        wizard.setFile(path, kind);
    connect(&wizard, &ImportWizard::imported, this,
            [this] { session()->notifyChanged(Session::Everything); });
    wizard.exec();
}

void ImportPage::setAutoImport(AutoImport *autoImport)
{
    m_autoImport = autoImport;
    m_autoStatus->setText(autoImport->status());
    connect(autoImport, &AutoImport::statusChanged, m_autoStatus, &QLabel::setText);
}

void ImportPage::rebuild()
{
    showAutoImportSettings();
    refresh();
}

void ImportPage::showAutoImportSettings()
{
    m_autoMessage->clearMessage();
    const bool open = session()->isOpen();
    m_autoGroup->setEnabled(open);
    const ImportFolderSettings s =
        open ? ImportFolderSettings::load(*session()->database()) : ImportFolderSettings();
    m_autoEnabled->setChecked(s.enabled);
    m_autoFolder->setText(QDir::toNativeSeparators(s.folder));
    m_autoInterval->setValue(s.intervalSeconds);
    const QSignalBlocker blocker(m_autoKind);
    m_autoKind->setCurrentIndex(std::max(0, m_autoKind->findData(s.kind)));
    fillMappings(s.mapping);
    updateAutoImportControls();
}

void ImportPage::fillMappings(const QString &select)
{
    m_autoMapping->clear();
    m_autoMapping->addItem(tr("Columns found from the headers"), QString());
    if (session()->isOpen()) {
        for (const QString &name :
             ImportMapping::profiles(*session()->database(), m_autoKind->currentData().toString()))
            m_autoMapping->addItem(name, name);
    }
    m_autoMapping->setCurrentIndex(std::max(0, m_autoMapping->findData(select)));
}

void ImportPage::updateAutoImportControls()
{
    const bool on = m_autoEnabled->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *>{m_autoFolder, m_autoBrowse, m_autoKind, m_autoMapping,
                                                       m_autoInterval, m_autoFolderLabel, m_autoKindLabel,
                                                       m_autoMappingLabel, m_autoIntervalLabel})
        w->setEnabled(on);
}

bool ImportPage::saveAutoImport()
{
    if (!session()->isOpen())
        return false;
    Database &db = *session()->database();
    ImportFolderSettings s;
    s.enabled = m_autoEnabled->isChecked();
    s.kind = m_autoKind->currentData().toString();
    s.mapping = m_autoMapping->currentData().toString();
    s.intervalSeconds = m_autoInterval->value();
    const QString folder = QDir::fromNativeSeparators(m_autoFolder->text().trimmed());
    s.folder = folder.isEmpty() ? QString() : QFileInfo(folder).absoluteFilePath();
    QString error;
    if (s.enabled && !Permissions(db).check(session()->scope(), ImportKind::permissionArea(s.kind),
                                            PermissionAction::Edit, u"import folder:"_s + s.kind, &error)) {
        m_autoMessage->showError(error);
        return false;
    }
    if (s.enabled && s.folder.isEmpty()) {
        m_autoMessage->showError(tr("Choose the folder to import from."));
        return false;
    }
    if (s.enabled && !QFileInfo(s.folder).isDir()) {
        m_autoMessage->showError(tr("%1 is not a folder.").arg(QDir::toNativeSeparators(s.folder)));
        return false;
    }
    if (!s.save(db)) {
        m_autoMessage->showError(tr("The automatic import settings could not be saved."));
        return false;
    }
    m_autoFolder->setText(QDir::toNativeSeparators(s.folder));
    if (m_autoImport)
        m_autoImport->reload();
    m_autoMessage->showMessage(s.enabled ? tr("Saved. New files are imported, then moved to done or failed.")
                                         : tr("Saved. The folder is no longer watched."),
                               StatusLabel::Success);
    return true;
}

ReportsDialog *ImportPage::openReports()
{
    if (!session()->isOpen())
        return nullptr;
    auto *dialog = new ReportsDialog(session()->database(), session()->scope(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A change of database or user closes it: its figures belong to the old one.
    connect(session(), &Session::scopeChanged, dialog, &QDialog::close);
    dialog->show();
    return dialog;
}

ExportDialog *ImportPage::openExport(const QString &kind)
{
    if (!session()->isOpen())
        return nullptr;
    auto *dialog = new ExportDialog(session()->database(), session()->scope(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!kind.isEmpty())
        dialog->setKind(kind);
    // A change of database or user closes it (an export under way is cancelled and waited for).
    connect(session(), &Session::scopeChanged, dialog, &QDialog::close);
    dialog->show();
    return dialog;
}

void ImportPage::undoSelected()
{
    const QList<QTableWidgetItem *> selected = m_history->selectedItems();
    if (selected.isEmpty())
        return;
    const qint64 batch = m_history->item(selected.first()->row(), When)->data(Qt::UserRole).toLongLong();
    const QString file = m_history->item(selected.first()->row(), File)->text();
    if (QMessageBox::question(window(), tr("Undo Import"),
                              tr("Undo the import of %1? The records it added are deleted and the fields it "
                                 "filled get their old values back.")
                                  .arg(file)) != QMessageBox::Yes)
        return;
    const UndoResult result = ImportHistory(*session()->database(), session()->scope()).undo(batch);
    if (!result.ok) {
        QMessageBox::warning(window(), tr("Undo Import"), result.error);
        return;
    }
    QString text = tr("Undone: %n record(s) deleted", nullptr, int(result.tombstoned));
    if (result.restored)
        text += u", "_s + tr("%n field(s) given back their old value", nullptr, int(result.restored));
    if (result.conflicts)
        text +=
            u", "_s + tr("%n field(s) changed since and left as they are", nullptr, int(result.conflicts));
    QMessageBox::information(window(), tr("Undo Import"), text + u'.');
    session()->notifyChanged(Session::Everything);
}

void ImportPage::refresh()
{
    m_history->setRowCount(0);
    if (!session()->isOpen())
        return;
    const QList<ImportBatch> batches = ImportHistory(*session()->database(), session()->scope()).batches();
    m_history->setRowCount(int(batches.size()));
    const QLocale locale;
    for (int r = 0; r < batches.size(); ++r) {
        const ImportBatch &b = batches.at(r);
        const auto set = [&](int column, const QString &text, bool number = false) {
            auto *item = new QTableWidgetItem(text);
            if (number)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_history->setItem(r, column, item);
        };
        set(When, dateText(b.startedAt));
        m_history->item(r, When)->setData(Qt::UserRole, b.id);
        const auto kind = ImportKind::create(b.kind);
        set(Kind, kind ? kind->label() : b.kind);
        set(File, b.fileName);
        set(Who, b.memberName.isEmpty() ? tr("Administrator") : b.memberName);
        set(Read, locale.toString(b.read), true);
        set(Inserted, locale.toString(b.inserted), true);
        set(Merged, locale.toString(b.merged), true);
        set(Updated, locale.toString(b.updated), true);
        set(Skipped, locale.toString(b.skipped), true);
        set(Rejected, locale.toString(b.rejected), true);
        set(Status, b.status == u"undone"_s ? tr("Undone %1").arg(dateText(b.undoneAt)) : tr("Imported"));
        m_history->item(r, Status)->setData(Qt::UserRole, b.status);
    }
    // Numbers and dates take what they need; the file name takes the rest.
    for (int column = 0; column < ColumnCount; ++column)
        if (column != File)
            m_history->resizeColumnToContents(column);
    m_header->setSubtitle(
        batches.isEmpty() ? tr("Nothing imported yet: CSV and Excel files from an ERP, "
                               "another CRM or a sheet kept by hand.")
                          : tr("%n import(s); each can be undone as a whole.", nullptr, int(batches.size())));
    updateButtons();
}

void ImportPage::updateButtons()
{
    const QList<QTableWidgetItem *> selected = m_history->selectedItems();
    m_undo->setEnabled(!selected.isEmpty() &&
                       m_history->item(selected.first()->row(), Status)->data(Qt::UserRole).toString() !=
                           u"undone"_s);
}

void ImportPage::changeEvent(QEvent *event)
{
    CrmPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void ImportPage::retranslateUi()
{
    m_header->setTitle(PageCatalog::title(PageId::ImportExport));
    m_import->setText(tr("&Import a File…"));
    m_undo->setText(tr("&Undo Import"));
    m_reports->setText(tr("&Reports…"));
    m_exportData->setText(tr("E&xport Data…"));
    m_autoGroup->setTitle(tr("Automatic Import"));
    m_autoEnabled->setText(tr("&Watch a folder and import the files dropped into it"));
    m_autoEnabled->setToolTip(
        tr("Each new file is imported once it has stopped changing, then moved to the "
           "folder's done subfolder (with its rejects and a .log) or failed subfolder."));
    m_autoFolderLabel->setText(tr("&Folder:"));
    m_autoBrowse->setText(tr("&Browse…"));
    m_autoKindLabel->setText(tr("&Records:"));
    for (int i = 0; i < m_autoKind->count(); ++i) {
        const auto kind = ImportKind::create(m_autoKind->itemData(i).toString());
        m_autoKind->setItemText(i, kind ? kind->label() : m_autoKind->itemData(i).toString());
    }
    m_autoMappingLabel->setText(tr("&Mapping:"));
    if (m_autoMapping->count() > 0)
        m_autoMapping->setItemText(0, tr("Columns found from the headers"));
    m_autoIntervalLabel->setText(tr("Look &every:"));
    m_autoInterval->setSuffix(tr(" s"));
    m_autoSave->setText(tr("&Save"));
    m_history->setHorizontalHeaderLabels({tr("When"), tr("What"), tr("File"), tr("By"), tr("Read"), tr("New"),
                                          tr("Merged"), tr("Updated"), tr("Skipped"), tr("Rejected"),
                                          tr("Status")});
    if (isVisible())
        refresh();
}

} // namespace frontline
