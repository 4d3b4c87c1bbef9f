// StageCardsModel holds the opportunities of one pipeline stage, one column of the board. A
// card dragged out carries the opportunity's id and stage (MimeType); dropped on another
// stage's column, the model does not move it itself but asks (moveRequested), so that the page
// makes the move through the undo stack and every view refreshes from the database.
#pragma once

#include "domain/Crm.h"

#include <QAbstractListModel>

namespace frontline {

class StageCardsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static const QString MimeType;
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        CustomerRole,
        OwnerRole,
        AmountRole, // formatted
        ProbabilityRole,
        ExpectedCloseRole,
        OpenStageRole, // whether the stage is still open (a probability worth showing)
    };

    explicit StageCardsModel(const PipelineStage &stage, QObject *parent = nullptr);

    const PipelineStage &stage() const { return m_stage; }
    void setOpportunities(const QList<Opportunity> &opportunities);
    const Opportunity *opportunityAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;

    // The opportunity and the stage it comes from, as a drag carries them.
    static bool readMimeData(const QMimeData *data, qint64 *opportunityId, qint64 *fromStageId);

Q_SIGNALS:
    void moveRequested(qint64 opportunityId, qint64 fromStageId, qint64 toStageId);

private:
    PipelineStage m_stage;
    QList<Opportunity> m_rows;
};

} // namespace frontline
