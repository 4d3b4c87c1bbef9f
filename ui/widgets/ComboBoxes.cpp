#include "ComboBoxes.h"

#include "domain/Vocabulary.h"

#include <QMultiMap>
#include <QSignalBlocker>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace frontline::combos {

namespace {
template <typename Fill>
void refill(QComboBox *combo, const QString &anyText, const QVariant &anyData, Fill fill)
{
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (!anyText.isEmpty())
        combo->addItem(anyText, anyData);
    fill();
    const int index = combo->findData(current);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}
} // namespace

void fillKeys(QComboBox *combo, const QString &anyText, const QList<QPair<QString, QString>> &keysAndLabels)
{
    refill(combo, anyText, QString(), [&] {
        for (const auto &entry : keysAndLabels)
            combo->addItem(entry.second, entry.first);
    });
}

void fillStrings(QComboBox *combo, const QString &anyText, const QStringList &values)
{
    refill(combo, anyText, QString(), [&] {
        for (const QString &value : values)
            combo->addItem(value, value);
    });
}

QString memberText(const Member &member)
{
    return u"%1 · %2"_s.arg(member.name, Vocabulary::label(Vocabulary::Role, roleKey(member.role)));
}

void fillMembers(QComboBox *combo, const QString &anyText, const QList<Member> &members)
{
    refill(combo, anyText, qint64(0), [&] {
        for (const Member &m : members) {
            combo->addItem(memberText(m), m.id);
            combo->setItemData(combo->count() - 1,
                               m.teamName.isEmpty() ? m.code : m.code + u" · "_s + m.teamName,
                               Qt::ToolTipRole);
        }
    });
}

void fillTeamTree(QComboBox *combo, const QString &anyText, const QList<Team> &teams, qint64 root)
{
    refill(combo, anyText, qint64(0), [&] {
        QMultiMap<qint64, Team> children;
        for (const Team &t : teams)
            children.insert(t.parentId, t);
        const std::function<void(qint64, int)> add = [&](qint64 parent, int depth) {
            QList<Team> kids = children.values(parent);
            std::sort(kids.begin(), kids.end(), [](const Team &a, const Team &b) { return a.name < b.name; });
            for (const Team &t : std::as_const(kids)) {
                combo->addItem(QString(depth * 2, QChar(u' ')) + t.name, t.id);
                add(t.id, depth + 1);
            }
        };
        if (root) {
            for (const Team &t : teams)
                if (t.id == root)
                    combo->addItem(t.name, t.id);
            add(root, 1);
        } else {
            add(0, 0);
        }
    });
}

bool select(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index >= 0 ? index : 0);
    return index >= 0;
}

} // namespace frontline::combos
