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
// Selects the entry with data, or the first; whether it was found.
bool select(QComboBox *combo, const QVariant &data);
// Text for a member in choosers.
QString memberText(const Member &member);

} // namespace frontline::combos
