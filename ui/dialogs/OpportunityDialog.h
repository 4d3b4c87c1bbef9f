// OpportunityDialog adds an opportunity to the pipeline: the customer, a title, the amount (read
// exactly, as people write it: "¥12,000", "1.2万"), the stage, the expected close and, for
// managers and the administrator, the owner.
#pragma once

#include "domain/Crm.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace frontline {

class CustomerPicker;
class DialogHeader;
class FieldForm;
class Session;
class StatusLabel;

class OpportunityDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OpportunityDialog(Session *session, QWidget *parent = nullptr);
    ~OpportunityDialog() override;

    void setCustomer(qint64 customerId);
    void setStage(qint64 stageId);
    qint64 savedId() const { return m_savedId; }

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Session *m_session;
    qint64 m_savedId = 0;
    QList<PipelineStage> m_stages;

    DialogHeader *m_header = nullptr;
    FieldForm *m_form = nullptr;
    QLabel *m_customerLabel = nullptr;
    CustomerPicker *m_customer = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_amountLabel = nullptr;
    QLineEdit *m_amount = nullptr;
    QLabel *m_stageLabel = nullptr;
    QComboBox *m_stage = nullptr;
    QLabel *m_closeLabel = nullptr;
    QDateEdit *m_close = nullptr;
    QLabel *m_ownerLabel = nullptr;
    QComboBox *m_owner = nullptr;
    StatusLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace frontline
