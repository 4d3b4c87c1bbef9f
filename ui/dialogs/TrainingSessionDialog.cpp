#include "TrainingSessionDialog.h"

#include "DialogSize.h"
#include "Session.h"
#include "domain/Vocabulary.h"
#include "widgets/ComboBoxes.h"
#include "widgets/DateEdits.h"
#include "widgets/DialogHeader.h"
#include "widgets/FieldForm.h"
#include "widgets/LineIcon.h"
#include "widgets/StatusLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

TrainingSessionDialog::TrainingSessionDialog(Session *session, const TrainingSession &record, QWidget *parent)
    : QDialog(parent), m_session(session), m_record(record)
{
    setObjectName(u"trainingSessionDialog"_s);
    m_header = new DialogHeader(LineIcon::icon(LineIcon::Team), this);
    m_form = new FieldForm(this);

    m_titleLabel = new QLabel(this);
    m_title = new QLineEdit(record.title, this);
    m_title->setObjectName(u"sessionTitle"_s);
    m_form->addRow(m_titleLabel, m_title, {u"title"_s});
    m_topicLabel = new QLabel(this);
    m_topic = new QComboBox(this);
    m_topic->setObjectName(u"sessionTopic"_s);
    m_form->addRow(m_topicLabel, m_topic, {u"topic"_s});
    m_dateLabel = new QLabel(this);
    m_date = dates::newDateEdit(record.heldOn.isValid() ? record.heldOn : QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_form->addRow(m_dateLabel, m_date, {u"date"_s});
    m_trainerLabel = new QLabel(this);
    m_trainer = new QLineEdit(record.trainer, this);
    m_trainer->setObjectName(u"sessionTrainer"_s);
    m_form->addRow(m_trainerLabel, m_trainer, {u"trainer"_s});
    m_durationLabel = new QLabel(this);
    m_duration = new QSpinBox(this);
    m_duration->setObjectName(u"sessionDuration"_s);
    m_duration->setRange(0, 24 * 60);
    m_duration->setSingleStep(30);
    m_duration->setValue(record.id ? record.durationMin : 90);
    m_form->addRow(m_durationLabel, m_duration, {u"duration"_s});
    m_notesLabel = new QLabel(this);
    m_notes = new QPlainTextEdit(record.notes, this);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    m_form->addRow(m_notesLabel, m_notes, {u"notes"_s});

    m_error = new StatusLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TrainingSessionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TrainingSessionDialog::reject);
    retranslateUi();
    combos::select(m_topic, record.topic);
    setDialogWidth(this, 520);
    m_title->setFocus();
}

TrainingSessionDialog::~TrainingSessionDialog() = default;

void TrainingSessionDialog::accept()
{
    m_error->clearMessage();
    m_form->clearErrors();
    if (!m_session->isOpen())
        return;
    TrainingSession s = m_record;
    s.title = m_title->text().trimmed();
    s.topic = m_topic->currentData().toString();
    s.heldOn = m_date->date();
    s.trainer = m_trainer->text().trimmed();
    s.durationMin = m_duration->value();
    s.notes = m_notes->toPlainText().trimmed();
    TrainingRepository repo = m_session->repository<TrainingRepository>();
    const SaveResult r = s.id ? repo.update(s) : repo.create(s);
    if (!r.ok()) {
        QStringList rest;
        for (const FieldError &e : m_form->showErrors(r.fieldErrors))
            rest << e.message;
        if (!r.error.isEmpty())
            rest << r.error;
        if (!rest.isEmpty())
            m_error->showError(rest.join(u'\n'));
        return;
    }
    m_savedId = r.id;
    m_session->notifyChanged(Session::Organisation);
    QDialog::accept();
}

void TrainingSessionDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void TrainingSessionDialog::retranslateUi()
{
    setWindowTitle(m_record.id ? tr("Edit Training Session") : tr("New Training Session"));
    m_header->setTitle(m_record.id ? tr("Edit training session") : tr("New training session"));
    m_header->setDetail(tr("What is taught, when and by whom. Attendance and scores are recorded on the "
                           "Training tab."));
    m_titleLabel->setText(tr("&Title:"));
    m_title->setPlaceholderText(tr("e.g. New product line, objection handling"));
    m_topicLabel->setText(tr("T&opic:"));
    combos::fillKeys(m_topic, QString(), Vocabulary::entries(Vocabulary::TrainingTopic));
    m_dateLabel->setText(tr("&Date:"));
    m_trainerLabel->setText(tr("T&rainer:"));
    m_durationLabel->setText(tr("D&uration:"));
    m_duration->setSuffix(tr(" min"));
    m_notesLabel->setText(tr("&Notes:"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace frontline
