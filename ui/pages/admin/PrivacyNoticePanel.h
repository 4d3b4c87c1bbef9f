// PrivacyNoticePanel edits the privacy notice shown to customers (Privacy::notice(), the built-in
// one until an administrator writes their own), saves it for users whose role may edit the
// settings (audited by Privacy), prints it (with a preview) and writes it to a PDF to send. The
// paper and the PDF are the same PrintDocument: the company name in the running header, the
// title, one paragraph per line of the notice, page numbers in the footer.
#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPrinter;
class QPushButton;

namespace frontline {

class PrintDocument;
class Session;
class StatusLabel;

class PrivacyNoticePanel : public QWidget
{
    Q_OBJECT
public:
    explicit PrivacyNoticePanel(Session *session, QWidget *parent = nullptr);
    ~PrivacyNoticePanel() override;

    void reload();
    bool save();
    bool saveAsPdf(const QString &path);
    // The notice as it stands in the editor, laid out for paper.
    std::unique_ptr<PrintDocument> document() const;
    // Paints the notice on printer (already set up); the number of pages, 0 on failure.
    int printTo(QPrinter *printer);
    // The Print… and Preview… buttons: QPrintDialog, QPrintPreviewDialog.
    void print();
    void preview();
    QPlainTextEdit *editor() const { return m_edit; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    QPrinter *printer();

    Session *m_session;
    QLabel *m_note = nullptr;
    QPlainTextEdit *m_edit = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_default = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_preview = nullptr;
    std::unique_ptr<QPrinter> m_printer; // kept: the printer and page chosen last time
    StatusLabel *m_status = nullptr;
    QString m_saved;
};

} // namespace frontline
