// MemberDialog edits a member of the organisation: name, role (the manager flag), team, contact
// details, hire date and whether they are still active. Core decides what the user may change
// (OrgRepository::updateMember: the permission matrix, the manager's subtree) and audits it;
// the edit goes on the undo stack.
#pragma once

#include "domain/Crm.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace frontline {

class DialogHeader;
class FieldForm;
class Session;
class StatusLabel;

class MemberDialog : public QDialog
{
    Q_OBJECT
public:
    MemberDialog(Session *session, const Member &member, QWidget *parent = nullptr);
    ~MemberDialog() override;

    // The member as the form has them now.
    Member edited() const;

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Session *m_session;
    Member m_member;
    DialogHeader *m_header = nullptr;
    FieldForm *m_form = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_roleLabel = nullptr;
    QComboBox *m_role = nullptr;
    QLabel *m_teamLabel = nullptr;
    QComboBox *m_team = nullptr;
    QLabel *m_phoneLabel = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_emailLabel = nullptr;
    QLineEdit *m_email = nullptr;
    QLabel *m_hireLabel = nullptr;
    QDateEdit *m_hire = nullptr;
    QCheckBox *m_active = nullptr;
    StatusLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// DutiesDialog writes down the responsibilities of a role, one per line (admins and managers).
class DutiesDialog : public QDialog
{
    Q_OBJECT
public:
    DutiesDialog(Session *session, Role role, QWidget *parent = nullptr);
    ~DutiesDialog() override;

    QStringList lines() const;
    void setLines(const QStringList &lines);

public Q_SLOTS:
    void accept() override;

private:
    Session *m_session;
    Role m_role;
    QPlainTextEdit *m_text = nullptr;
    StatusLabel *m_error = nullptr;
};

} // namespace frontline
