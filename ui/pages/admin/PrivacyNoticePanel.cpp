#include "PrivacyNoticePanel.h"

#include "Session.h"
#include "print/PrintDocument.h"
#include "privacy/Privacy.h"
#include "settings/SharedSettings.h"
#include "widgets/StatusLabel.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

PrivacyNoticePanel::PrivacyNoticePanel(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(u"noticeEdit"_s);
    m_save = new QPushButton(this);
    m_save->setObjectName(u"saveNoticeButton"_s);
    m_revert = new QPushButton(this);
    m_default = new QPushButton(this);
    m_pdf = new QPushButton(this);
    m_pdf->setObjectName(u"noticePdfButton"_s);
    m_preview = new QPushButton(this);
    m_preview->setObjectName(u"noticePreviewButton"_s);
    m_print = new QPushButton(this);
    m_print->setObjectName(u"noticePrintButton"_s);
    m_status = new StatusLabel(this);
    m_status->setObjectName(u"noticeStatus"_s);

    // Paper beside the note that speaks of it, editing under the text: two short rows keep the
    // page (and so the window) as narrow as before.
    auto *paper = new QHBoxLayout;
    paper->addWidget(m_note, 1);
    paper->addWidget(m_preview);
    paper->addWidget(m_print);
    paper->addWidget(m_pdf);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_default);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->addLayout(paper);
    layout->addWidget(m_edit, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_edit, &QPlainTextEdit::textChanged, this, &PrivacyNoticePanel::updateButtons);
    connect(m_save, &QPushButton::clicked, this, &PrivacyNoticePanel::save);
    connect(m_revert, &QPushButton::clicked, this, [this] { m_edit->setPlainText(m_saved); });
    connect(m_default, &QPushButton::clicked, this,
            [this] { m_edit->setPlainText(Privacy::defaultNotice()); });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const QString start =
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/privacy-notice.pdf"_s;
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the Privacy Notice as PDF"), start,
                                                          tr("PDF document (*.pdf)"));
        if (!path.isEmpty())
            saveAsPdf(path);
    });
    connect(m_print, &QPushButton::clicked, this, &PrivacyNoticePanel::print);
    connect(m_preview, &QPushButton::clicked, this, &PrivacyNoticePanel::preview);
    retranslateUi();
}

PrivacyNoticePanel::~PrivacyNoticePanel() = default;

QPrinter *PrivacyNoticePanel::printer()
{
    if (!m_printer) {
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        m_printer->setPageLayout(PrintDocument::a4());
    }
    return m_printer.get();
}

void PrivacyNoticePanel::reload()
{
    m_saved = m_session->isOpen() ? Privacy(*m_session->database(), m_session->scope()).notice() : QString();
    m_edit->setPlainText(m_saved);
    m_status->clearMessage();
    updateButtons();
}

void PrivacyNoticePanel::updateButtons()
{
    const bool mayEdit =
        m_session->isOpen() && m_session->allows(PermissionArea::Settings, PermissionAction::Edit);
    const bool changed = m_edit->toPlainText() != m_saved;
    m_edit->setReadOnly(!mayEdit);
    m_save->setEnabled(mayEdit && changed);
    m_revert->setEnabled(changed);
    m_default->setEnabled(mayEdit);
    m_pdf->setEnabled(m_session->isOpen());
    m_print->setEnabled(m_session->isOpen());
    m_preview->setEnabled(m_session->isOpen());
}

bool PrivacyNoticePanel::save()
{
    if (!m_session->isOpen())
        return false;
    QString error;
    if (!Privacy(*m_session->database(), m_session->scope()).setNotice(m_edit->toPlainText(), &error)) {
        m_status->showError(error);
        return false;
    }
    m_saved = m_edit->toPlainText();
    m_status->showMessage(tr("The privacy notice is saved."), StatusLabel::Success);
    updateButtons();
    return true;
}

std::unique_ptr<PrintDocument> PrivacyNoticePanel::document() const
{
    PrintHeader header;
    if (m_session->isOpen())
        header.company = SharedSettings(*m_session->database(), m_session->scope()).companyName();
    header.title = tr("Privacy Notice");
    auto document = std::make_unique<PrintDocument>(header);
    // One block per paragraph, so that a long notice flows over pages between paragraphs.
    const QStringList paragraphs = m_edit->toPlainText().split(u'\n');
    for (const QString &paragraph : paragraphs) {
        if (!paragraph.trimmed().isEmpty())
            document->addText(paragraph.trimmed());
    }
    return document;
}

bool PrivacyNoticePanel::saveAsPdf(const QString &path)
{
    QString error;
    if (!document()->writePdf(path, &error)) {
        m_status->showError(error);
        return false;
    }
    m_status->showMessage(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)), StatusLabel::Success);
    return true;
}

int PrivacyNoticePanel::printTo(QPrinter *printer)
{
    return document()->print(printer);
}

void PrivacyNoticePanel::print()
{
    QPrintDialog dialog(printer(), this);
    dialog.setWindowTitle(tr("Print the Privacy Notice"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (printTo(m_printer.get()) > 0)
        m_status->showMessage(tr("Sent to %1.").arg(m_printer->printerName()), StatusLabel::Success);
    else
        m_status->showError(tr("The privacy notice could not be printed."));
}

void PrivacyNoticePanel::preview()
{
    QPrintPreviewDialog dialog(printer(), this);
    dialog.setObjectName(u"noticePreviewDialog"_s);
    dialog.setWindowTitle(tr("Privacy Notice"));
    dialog.resize(900, 760);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *target) { printTo(target); });
    dialog.exec();
}

void PrivacyNoticePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void PrivacyNoticePanel::retranslateUi()
{
    m_note->setText(tr("What customers are told about the data kept on them. Print it or send the PDF when a "
                       "customer asks."));
    m_save->setText(tr("&Save"));
    m_revert->setText(tr("Re&vert"));
    m_default->setText(tr("Built-in &Text"));
    m_pdf->setText(tr("Save as &PDF…"));
    m_preview->setText(tr("Pre&view…"));
    m_print->setText(tr("P&rint…"));
}

} // namespace frontline
