// Customers that may be the same but that the strict matcher (same phone, e-mail or name key)
// does not merge: 重庆杨盛农业股份有限公司 and 杨盛农业(重庆)有限公司, 北京华联商厦 and 北京化联商厦,
// "Acme Co., Ltd." and "ACME Limited". Names are reduced to a core — legal suffixes
// (有限公司, 有限责任公司, 股份有限公司, 贸易商行, Co. Ltd…), city prefixes and bracketed places
// removed — and compared by core, by pinyin, and by edit distance. Such pairs are recorded for
// review (import_candidate) and merged only when a person says so.
#pragma once

#include <QList>
#include <QString>

namespace frontline {

class ImportStore;

class FuzzyMatcher
{
public:
    // The part of a name that tells companies apart: "重庆杨盛农业股份（重庆）有限公司" → "杨盛农业".
    static QString core(const QString &name);
    // 0..1: how alike two names are (1: same core), with the reason (core, pinyin, edit); 0 when
    // they are not worth a look.
    static double score(const QString &a, const QString &b, QString *reason = nullptr);
    static int editDistance(const QString &a, const QString &b);

    // Compares the customers just created with all live customers and records candidate pairs
    // for the store's batch.
    static bool recordCandidates(ImportStore &store, const QList<qint64> &newCustomers);

    static constexpr double Threshold = 0.75;
};

} // namespace frontline
