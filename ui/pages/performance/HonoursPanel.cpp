#include "HonoursPanel.h"

#include "Format.h"
#include "performance/OrgTree.h"
#include "repositories/OrgRepository.h"
#include "widgets/ComboBoxes.h"
#include "widgets/Tables.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace frontline {

using namespace performance;

namespace {

constexpr int KindRole = Qt::UserRole + 1;

QColor kindColor(const QString &kind)
{
    if (kind == u"first_to_target"_s)
        return QColor(0xf5, 0x9e, 0x0b);
    if (kind == u"most_visits"_s)
        return QColor(0x10, 0xb9, 0x81);
    if (kind == u"new_customer_champion"_s)
        return QColor(0x3b, 0x82, 0xf6);
    if (kind == u"most_improved"_s)
        return QColor(0x8b, 0x5c, 0xf6);
    if (kind == u"target_streak"_s)
        return QColor(0xef, 0x44, 0x44);
    return QColor(0xec, 0x48, 0x99);
}

} // namespace

// Paints an honour's badge: a white star on a disc in the colour of its kind, then the title.
class HonourBadgeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QString kind = index.data(KindRole).toString();
        if (kind.isEmpty()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        const QWidget *widget = option.widget;
        widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal d = option.rect.height() * 0.78;
        const QRectF disc(option.rect.left() + 6, option.rect.center().y() - d / 2 + 0.5, d, d);
        const QColor color = kindColor(kind);
        painter->setPen(QPen(color.darker(130), 1.2));
        painter->setBrush(color);
        painter->drawEllipse(disc);
        // A five-pointed star.
        QPainterPath star;
        const QPointF c = disc.center();
        const qreal outer = d * 0.34, inner = outer * 0.42;
        for (int i = 0; i < 10; ++i) {
            const qreal r = i % 2 ? inner : outer;
            const qreal a = -M_PI / 2 + i * M_PI / 5;
            const QPointF p(c.x() + r * std::cos(a), c.y() + r * std::sin(a));
            if (i == 0)
                star.moveTo(p);
            else
                star.lineTo(p);
        }
        star.closeSubpath();
        painter->setPen(Qt::NoPen);
        painter->setBrush(Qt::white);
        painter->drawPath(star);
        const bool selected = option.state & QStyle::State_Selected;
        painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        QFont f = option.font;
        f.setBold(true);
        painter->setFont(f);
        painter->drawText(option.rect.adjusted(int(d) + 14, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        s.setWidth(s.width() + option.fontMetrics.height() * 2);
        return s;
    }
};

HonoursPanel::HonoursPanel(Session *session, QWidget *parent) : PerformancePanel(session, parent)
{
    m_note = new QLabel(this);
    m_note->setObjectName(u"honoursNote"_s);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setWordWrap(true);
    m_award = new QPushButton(this);
    m_award->setObjectName(u"awardHonour"_s);
    m_model = new QStandardItemModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"honoursTable"_s);
    m_view->setModel(m_model);
    tables::setUp(m_view);
    m_view->verticalHeader()->setDefaultSectionSize(int(m_view->fontMetrics().height() * 2.2));
    m_view->setItemDelegateForColumn(0, new HonourBadgeDelegate(this));
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_note, 1);
    bar->addWidget(m_award);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    connect(m_award, &QPushButton::clicked, this, [this] { award(); });
    retranslateUi();
}

void HonoursPanel::retranslateUi()
{
    m_award->setText(tr("Award an honour…"));
    m_model->setHorizontalHeaderLabels({tr("Honour"), tr("Member"), tr("Team"), tr("Date"), tr("Reason")});
}

void HonoursPanel::reload()
{
    m_model->removeRows(0, m_model->rowCount());
    m_honours.clear();
    const bool open = session()->isOpen();
    const Role role = open ? session()->scope().role() : Role::Rep;
    m_award->setVisible(open && (role == Role::Admin || role == Role::Manager));
    if (!open || !period().isValid())
        return;
    Honours honours = session()->repository<Honours>();
    const QList<Honour> all = honours.list(period());
    QSet<qint64> team;
    if (teamId()) {
        const QList<qint64> ids =
            OrgTree(session()->database()->connectionForThread()).subtreeMembers(teamId());
        team = QSet<qint64>(ids.cbegin(), ids.cend());
    }
    for (const Honour &h : all) {
        if (teamId() && !team.contains(h.memberId))
            continue;
        m_honours << h;
        auto *badge = new QStandardItem(h.title());
        badge->setData(h.kind, KindRole);
        badge->setEditable(false);
        badge->setToolTip(h.evaluationId ? tr("Awarded by the rules when the evaluation was published")
                                         : tr("Awarded by %1").arg(h.awardedBy));
        const auto cell = [](const QString &text) {
            auto *i = new QStandardItem(text);
            i->setEditable(false);
            return i;
        };
        m_model->appendRow(
            {badge, cell(h.name), cell(h.teamName), cell(dateText(h.awardedOn)), cell(h.reason)});
    }
    tables::fitToContents(m_view, {0, 1, 2, 3});
    // The badge is painted before the title.
    m_view->setColumnWidth(0, m_view->columnWidth(0) + m_view->fontMetrics().height() * 2 + 12);
    m_note->setText(
        m_honours.isEmpty()
            ? tr("No honours for %1 yet. They are awarded when an evaluation is published, or by hand.")
                  .arg(period().label())
            : tr("%n honour(s) in %1", nullptr, int(m_honours.size())).arg(period().label()));
}

bool HonoursPanel::award(qint64 memberId, const QString &reason)
{
    QString kind = u"manual"_s;
    QString why = reason;
    if (why.isEmpty()) {
        QDialog dialog(this);
        dialog.setObjectName(u"awardDialog"_s);
        dialog.setWindowTitle(tr("Award an honour"));
        auto *member = new QComboBox(&dialog);
        member->setObjectName(u"awardMember"_s);
        QList<Member> members;
        for (const Member &m : session()->repository<OrgRepository>().members())
            if (m.active && m.role != Role::Support && session()->scope().canSeeOwner(m.id))
                members << m;
        combos::fillMembers(member, QString(), members);
        combos::select(member, memberId);
        auto *kinds = new QComboBox(&dialog);
        kinds->setObjectName(u"awardKind"_s);
        for (const QString &k : Honours::kinds())
            kinds->addItem(Honours::label(k), k);
        kinds->setCurrentIndex(kinds->findData(u"manual"_s));
        auto *edit = new QLineEdit(&dialog);
        edit->setObjectName(u"awardReason"_s);
        edit->setPlaceholderText(tr("Why (shown on the honour roll)"));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        connect(edit, &QLineEdit::textChanged, &dialog, [buttons](const QString &text) {
            buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
        });
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        auto *form = new QFormLayout(&dialog);
        form->addRow(tr("Member"), member);
        form->addRow(tr("Honour"), kinds);
        form->addRow(tr("Reason"), edit);
        form->addRow(tr("Period"), new QLabel(period().label(), &dialog));
        form->addRow(buttons);
        dialog.resize(480, dialog.sizeHint().height());
        if (dialog.exec() != QDialog::Accepted)
            return false;
        memberId = member->currentData().toLongLong();
        kind = kinds->currentData().toString();
        why = edit->text();
    }
    Honours honours = session()->repository<Honours>();
    const SaveResult saved = honours.award(memberId, kind, period(), why);
    if (!saved.ok()) {
        QMessageBox::warning(this, tr("Award an honour"), saved.message());
        return false;
    }
    reload();
    Q_EMIT changed();
    return true;
}

} // namespace frontline
