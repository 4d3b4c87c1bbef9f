// A small, hand-made organisation with customers for repository, scope and UI tests:
//   华东大区 (region) ─ 一组 (team A): manager M1 王经理, reps R1 张伟, R2 李娜
//                    └ 二组 (team B): rep R3 刘洋
//   admin A1, support S1 at the company level.
//   c1 北京华联商厦 (R1, 13800138000, bj@hualian.cn), c2 上海宝钢贸易 (R2), c3 广州白云制药 (R3)
// each with one visit, one opportunity, one order and one task.
#pragma once

#include "repositories/AccessScope.h"
#include "storage/Database.h"

#include <QHash>

namespace frontline::test {

struct CrmFixture
{
    // Fills db; returns an empty string on success, else what failed.
    QString build(Database &db);

    AccessScope scopeOf(Database &db, const QString &code) const;

    QHash<QString, qint64> members;   // code → id
    QHash<QString, qint64> customers; // c1, c2, c3 → id
    QHash<QString, qint64> orders;    // c1, c2, c3 → order id
    qint64 company = 0, region = 0, teamA = 0, teamB = 0;
    qint64 product = 0;
};

} // namespace frontline::test
