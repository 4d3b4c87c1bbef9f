#include "FuzzyMatcher.h"

#include "ImportStore.h"
#include "services/TextNormalizer.h"
#include "storage/SqliteApi.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <functional>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
// Longest first, so that 股份有限公司 goes before 有限公司. Keys are case-folded, without spaces
// and punctuation (TextNormalizer::nameKey), so "Co., Ltd." is "coltd".
const QStringList LegalSuffixes{
    u"集团股份有限公司"_s,
    u"股份有限公司"_s,
    u"有限责任公司"_s,
    u"集团有限公司"_s,
    u"有限公司"_s,
    u"贸易商行"_s,
    u"集团公司"_s,
    u"分公司"_s,
    u"总公司"_s,
    u"公司"_s,
    u"商行"_s,
    u"经营部"_s,
    u"门市部"_s,
    u"工作室"_s,
    u"个体户"_s,
    u"集团"_s,
    u"个人"_s,
    u"coltd"_s,
    u"companylimited"_s,
    u"limited"_s,
    u"ltd"_s,
    u"incorporated"_s,
    u"inc"_s,
    u"llc"_s,
    u"corporation"_s,
    u"corp"_s,
    u"company"_s,
    u"co"_s,
    u"gmbh"_s,
};
const QStringList Cities{
    u"北京"_s, u"上海"_s, u"天津"_s,     u"重庆"_s,     u"广州"_s,   u"深圳"_s, u"成都"_s, u"武汉"_s,
    u"西安"_s, u"南京"_s, u"杭州"_s,     u"长沙"_s,     u"郑州"_s,   u"苏州"_s, u"青岛"_s, u"济南"_s,
    u"沈阳"_s, u"大连"_s, u"厦门"_s,     u"福州"_s,     u"合肥"_s,   u"昆明"_s, u"南昌"_s, u"宁波"_s,
    u"无锡"_s, u"东莞"_s, u"佛山"_s,     u"石家庄"_s,   u"哈尔滨"_s, u"长春"_s, u"太原"_s, u"南宁"_s,
    u"贵阳"_s, u"兰州"_s, u"乌鲁木齐"_s, u"呼和浩特"_s, u"海口"_s,   u"银川"_s, u"西宁"_s, u"拉萨"_s,
};

QString stripBracketed(const QString &name)
{
    // "(重庆)", "（个人）": places and notes in brackets say nothing about which company it is.
    QString out;
    int depth = 0;
    for (const QChar c : name) {
        if (c == u'(' || c == u'（' || c == u'[' || c == u'【')
            ++depth;
        else if (c == u')' || c == u'）' || c == u']' || c == u'】')
            depth = std::max(0, depth - 1);
        else if (depth == 0)
            out += c;
    }
    return out;
}
} // namespace

QString FuzzyMatcher::core(const QString &name)
{
    QString key = TextNormalizer::nameKey(stripBracketed(name.normalized(QString::NormalizationForm_KC)));
    bool changed = true;
    while (changed && !key.isEmpty()) {
        changed = false;
        for (const QString &suffix : LegalSuffixes) {
            if (key.size() > suffix.size() && key.endsWith(suffix)) {
                key.chop(suffix.size());
                changed = true;
                break;
            }
        }
    }
    for (const QString &city : Cities) {
        for (const QString &prefix : QStringList{city + u"市"_s, city}) {
            if (key.size() > prefix.size() + 1 && key.startsWith(prefix)) {
                key = key.mid(prefix.size());
                return key;
            }
        }
    }
    return key;
}

int FuzzyMatcher::editDistance(const QString &a, const QString &b)
{
    const QList<uint> x = a.toUcs4(), y = b.toUcs4();
    QList<int> previous(y.size() + 1), current(y.size() + 1);
    for (int j = 0; j <= y.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= x.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= y.size(); ++j)
            current[j] = std::min(
                {previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)});
        std::swap(previous, current);
    }
    return previous[y.size()];
}

namespace {
// The score of two cores; pinyin is asked for only when the cheap tests leave a doubt.
template <typename PinyinOf>
double scoreCores(const QString &ca, const QString &cb, PinyinOf pinyinA, PinyinOf pinyinB, QString *reason)
{
    const auto result = [&](double s, const QString &why) {
        if (reason)
            *reason = why;
        return s;
    };
    if (ca.size() < 2 || cb.size() < 2)
        return result(0, {});
    if (ca == cb)
        return result(0.95, u"core"_s);
    if (std::abs(ca.size() - cb.size()) > 1)
        return result(0, {});
    // 分店12 and 分店13 are two shops, not a typo.
    const auto digits = [](const QString &t) {
        QString d;
        for (const QChar c : t) {
            if (c.isDigit())
                d += c;
        }
        return d;
    };
    if (digits(ca) != digits(cb))
        return result(0, {});
    const qsizetype longest = std::max(ca.size(), cb.size());
    const int d = FuzzyMatcher::editDistance(ca, cb);
    const double s = 1.0 - double(d) / double(longest);
    if (ca.size() == cb.size() && d <= 2) {
        // Homophones (华联/化联) are the classic typing slip of pinyin input.
        const QString pa = pinyinA(), pb = pinyinB();
        if (!pa.isEmpty() && pa == pb && pa != ca)
            return result(0.9, u"pinyin"_s);
    }
    if (d <= 2 && s >= FuzzyMatcher::Threshold)
        return result(s, u"edit"_s);
    return result(0, {});
}
} // namespace

double FuzzyMatcher::score(const QString &a, const QString &b, QString *reason)
{
    const QString ca = core(a), cb = core(b);
    const auto pa = [&] { return TextNormalizer::pinyin(ca).full; };
    const auto pb = [&] { return TextNormalizer::pinyin(cb).full; };
    return scoreCores<std::function<QString()>>(ca, cb, pa, pb, reason);
}

bool FuzzyMatcher::recordCandidates(ImportStore &store, const QList<qint64> &newCustomers)
{
    if (newCustomers.isEmpty())
        return true;
    struct Entry
    {
        qint64 id;
        QString name;
        QString core;
        QString key;
    };
    QList<Entry> all;
    {
        SqlStatement q(store.handle(), "SELECT id, name FROM customer WHERE deleted = 0");
        while (q.next()) {
            const QString name = q.text(1);
            all << Entry{q.int64(0), name, core(name), TextNormalizer::nameKey(name)};
        }
        if (!q.ok()) {
            store.setError(q.error());
            return false;
        }
    }
    // Buckets: same core, and same first or last character of the core (edit distance and
    // pinyin are only worth computing inside a bucket).
    QHash<QString, QList<qsizetype>> byCore;
    QHash<QChar, QList<qsizetype>> byFirst, byLast;
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QString &c = all.at(i).core;
        index.insert(all.at(i).id, i);
        if (c.size() < 2)
            continue;
        byCore[c] << i;
        byFirst[c.front()] << i;
        byLast[c.back()] << i;
    }
    SqlStatement insert(
        store.handle(),
        "INSERT OR IGNORE INTO import_candidate (batch_id, customer_a, customer_b, score, reason, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?)");
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QList<qsizetype> visited(all.size(), -1); // the new customer that last looked at each entry
    QHash<qsizetype, QString> pinyins;
    const auto pinyinOf = [&](qsizetype i) {
        auto it = pinyins.find(i);
        if (it == pinyins.end())
            it = pinyins.insert(i, TextNormalizer::pinyin(all.at(i).core).full);
        return *it;
    };
    for (const qint64 id : newCustomers) {
        const qsizetype self = index.value(id, -1);
        if (self < 0)
            continue;
        const Entry &e = all.at(self);
        if (e.core.size() < 2)
            continue;
        QList<qsizetype> others = byCore.value(e.core);
        constexpr qsizetype BucketLimit = 300; // a very common first character is not worth it
        if (byFirst.value(e.core.front()).size() <= BucketLimit)
            others += byFirst.value(e.core.front());
        if (byLast.value(e.core.back()).size() <= BucketLimit)
            others += byLast.value(e.core.back());
        for (const qsizetype j : std::as_const(others)) {
            const Entry &o = all.at(j);
            if (o.id == id)
                continue;
            if (visited.at(j) == self || std::abs(o.core.size() - e.core.size()) > 1)
                continue;
            visited[j] = self;
            const std::pair<qint64, qint64> pair{std::min(id, o.id), std::max(id, o.id)};
            if (o.key == e.key)
                continue; // the strict matcher's business
            QString reason;
            const std::function<QString()> pe = [&] { return pinyinOf(self); };
            const std::function<QString()> po = [&] { return pinyinOf(j); };
            const double s = scoreCores(e.core, o.core, pe, po, &reason);
            if (s < Threshold)
                continue;
            insert.bindOrNull(1, store.batchId());
            insert.bind(2, pair.first);
            insert.bind(3, pair.second);
            insert.bind(4, s);
            insert.bind(5, reason);
            insert.bind(6, now);
            if (!insert.exec()) {
                store.setError(insert.error());
                return false;
            }
        }
    }
    return true;
}

} // namespace frontline
