#include "ImportPage.h"

#include "Format.h"
#include "ImportWizard.h"
#include "dialogs/ReportsDialog.h"
#include "import/ImportHistory.h"
#include "import/ImportKind.h"
#include "pages/PageCatalog.h"
#include "widgets/LineIcon.h"
#include "widgets/PageHeader.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
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
    m_history = new QTableWidget(0, ColumnCount, this);
    m_history->setObjectName(u"importHistory"_s);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setSectionResizeMode(File, QHeaderView::Stretch);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reports);
    buttons->addStretch();
    buttons->addWidget(m_undo);
    buttons->addWidget(m_import);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(QMargins()); // the main window frames every page
    layout->addWidget(m_header);
    layout->addLayout(buttons);
    layout->addWidget(m_history, 1);

    connect(m_import, &QPushButton::clicked, this, [this] { importFile(); });
    connect(m_undo, &QPushButton::clicked, this, &ImportPage::undoSelected);
    connect(m_reports, &QPushButton::clicked, this, &ImportPage::openReports);
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
    m_history->setHorizontalHeaderLabels({tr("When"), tr("What"), tr("File"), tr("By"), tr("Read"), tr("New"),
                                          tr("Merged"), tr("Updated"), tr("Skipped"), tr("Rejected"),
                                          tr("Status")});
    if (isVisible())
        refresh();
}

} // namespace frontline
