// Filling the choosers of filters and forms: keys with translated labels, members, plain
// strings, each optionally after an "any"/"none" entry with empty data. Refilling keeps what was
// chosen when it is still there.
#pragma once

#include "domain/Crm.h"

#include <QComboBox>
#include <QPair>

namespace frontline::combos {

void fillKeys(QComboBox *combo, const QString &anyText, const QList<QPair<QString, QString>> &keysAndLabels);
void fillStrings(QComboBox *combo, const QString &anyText, const QStringList &values);
// Members as "name · role" with their id as data; anyText (if not empty) with 0 first.
void fillMembers(QComboBox *combo, const QString &anyText, const QList<Member> &members);
// Teams as an indented tree (by name at each level) with their ids, after anyText with 0: the
// whole tree, or the team root and the teams below it when root is not 0 (a manager's choice).
void fillTeamTree(QComboBox *combo, const QString &anyText, const QList<Team> &teams, qint64 root = 0);
// Selects the entry with data, or the first; whether it was found.
bool select(QComboBox *combo, const QVariant &data);
// Text for a member in choosers.
QString memberText(const Member &member);

} // namespace frontline::combos
