// CustomerEditorDialog adds a customer or edits one. It checks the fields as the repository
// does and shows each problem under its field, in the user's language, and while the user types
// a name, phone or e-mail it warns of a customer that has the same: with "Open It" when that
// customer is one the user can see, or saying that it exists outside their customers when not.
// Saving goes through the undo stack.
#pragma once

#include "domain/Crm.h"
#include "services/CustomerMatcher.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace frontline {

class DialogHeader;
class FieldForm;
class Session;
class StatusLabel;

class CustomerEditorDialog : public QDialog
{
    Q_OBJECT
public:
    // What exec() returns when the user chose to open the existing customer instead.
    static constexpr int OpenExisting = 2;
    static constexpr int DuplicateCheckDelayMs = 250;

    // A new customer when customer.id is 0; the fields start with customer's values.
    CustomerEditorDialog(Session *session, const Customer &customer, QWidget *parent = nullptr);
    ~CustomerEditorDialog() override;

    // The customer saved (after Accepted), or the one to open (after OpenExisting).
    qint64 savedId() const { return m_savedId; }
    qint64 existingId() const { return m_existingId; }
    // Runs the duplicate check now instead of after the typing pause.
    void checkDuplicates();

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillChoosers();
    void showCustomer(const Customer &customer);
    Customer fromFields() const;
    void fieldsEdited();
    void openExisting();
    static QString reasonText(const QString &reason);

    Session *m_session;
    Customer m_original;
    qint64 m_savedId = 0;
    qint64 m_existingId = 0;
    bool m_triedSaving = false;
    QList<DuplicateMatch> m_duplicates;
    QHash<qint64, QString> m_memberNames;

    DialogHeader *m_header = nullptr;
    FieldForm *m_left = nullptr;
    FieldForm *m_right = nullptr;
    FieldForm *m_bottom = nullptr;
    QHash<QString, QLabel *> m_labels;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_shortName = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_grade = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_source = nullptr;
    QLineEdit *m_phones = nullptr;
    QLineEdit *m_emails = nullptr;
    QLineEdit *m_wechat = nullptr;
    QLineEdit *m_region = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_industry = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_tags = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QWidget *m_duplicateBar = nullptr;
    StatusLabel *m_duplicateLabel = nullptr;
    QPushButton *m_openExisting = nullptr;
    StatusLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_duplicateTimer = nullptr;
};

} // namespace frontline
