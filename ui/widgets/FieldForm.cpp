#include "FieldForm.h"

#include "StatusLabel.h"

#include <QGridLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace frontline {

FieldForm::FieldForm(QWidget *parent) : QWidget(parent)
{
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(QMargins());
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(2);
    m_grid->setColumnStretch(1, 1);
}

void FieldForm::addRow(QLabel *label, QWidget *widget, const QStringList &fields)
{
    const int row = m_grid->rowCount();
    if (label) {
        label->setBuddy(widget);
        m_grid->addWidget(label, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
    }
    m_grid->addWidget(widget, row, 1);
    addErrorLine(fields);
}

void FieldForm::addRow(QLabel *label, QLayout *layout, const QStringList &fields)
{
    const int row = m_grid->rowCount();
    if (label)
        m_grid->addWidget(label, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
    m_grid->addLayout(layout, row, 1);
    addErrorLine(fields);
}

void FieldForm::addWideRow(QWidget *widget)
{
    m_grid->addWidget(widget, m_grid->rowCount(), 0, 1, 2);
}

void FieldForm::addErrorLine(const QStringList &fields)
{
    const int row = m_grid->rowCount();
    auto *error = new StatusLabel(this);
    if (!fields.isEmpty())
        error->setObjectName(fields.first() + u"Error"_s);
    m_grid->addWidget(error, row, 1);
    // Room between rows, which the error line fills when it shows.
    m_grid->setRowMinimumHeight(row, 6);
    for (const QString &field : fields)
        m_errors.insert(field, error);
}

QList<FieldError> FieldForm::showErrors(const QList<FieldError> &errors)
{
    clearErrors();
    QList<FieldError> unplaced;
    QHash<StatusLabel *, QStringList> messages;
    for (const FieldError &e : errors) {
        if (StatusLabel *label = m_errors.value(e.field))
            messages[label] << e.message;
        else
            unplaced << e;
    }
    for (auto it = messages.cbegin(); it != messages.cend(); ++it)
        it.key()->showError(it.value().join(u'\n'));
    return unplaced;
}

void FieldForm::clearErrors()
{
    for (StatusLabel *label : std::as_const(m_errors))
        label->clearMessage();
}

int FieldForm::labelColumnWidth() const
{
    int width = 0;
    for (int row = 0; row < m_grid->rowCount(); ++row) {
        if (QLayoutItem *item = m_grid->itemAtPosition(row, 0); item && item->widget())
            width = qMax(width, item->widget()->sizeHint().width());
    }
    return width;
}

void FieldForm::setLabelColumnMinimumWidth(int width)
{
    m_grid->setColumnMinimumWidth(0, width);
}

StatusLabel *FieldForm::errorLabel(const QString &field) const
{
    return m_errors.value(field);
}

} // namespace frontline
