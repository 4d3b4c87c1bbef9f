#include "Money.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace frontline {

std::optional<qint64> Money::parseYuan(const QString &input)
{
    QString text = input.normalized(QString::NormalizationForm_KC).trimmed();
    bool negative = false;
    if (text.startsWith(u'(') && text.endsWith(u')')) { // accounting negative
        negative = true;
        text = text.mid(1, text.size() - 2).trimmed();
    }
    if (text.startsWith(u'-')) {
        negative = !negative;
        text = text.mid(1).trimmed();
    } else if (text.startsWith(u'+')) {
        text = text.mid(1).trimmed();
    }
    for (const QString &prefix : {u"¥"_s, u"RMB"_s, u"CNY"_s}) {
        if (text.startsWith(prefix, Qt::CaseInsensitive))
            text = text.mid(prefix.size()).trimmed();
    }
    if (text.startsWith(u'-')) { // "¥-12"
        negative = !negative;
        text = text.mid(1).trimmed();
    }
    int scale = 0;              // powers of ten beyond yuan: 万 = 4
    if (text.endsWith(u"元"_s)) // "3万元" loses 元 here and 万 below
        text.chop(1);
    if (text.endsWith(u"万"_s)) {
        text.chop(1);
        scale = 4;
    }
    text = text.trimmed();
    text.remove(u',');
    if (text.isEmpty())
        return std::nullopt;
    const qsizetype dot = text.indexOf(u'.');
    const QString whole = dot < 0 ? text : text.left(dot);
    QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    if (whole.isEmpty() && fraction.isEmpty())
        return std::nullopt;
    for (const QChar c : QString(whole + fraction)) {
        if (!c.isDigit() || c.unicode() > 0x7f)
            return std::nullopt;
    }
    // Move the decimal point: amount = whole.fraction × 10^scale yuan = … × 10^(scale + 2) fen.
    const int shift = scale + 2;
    if (fraction.size() > shift) {
        // Extra digits are allowed only when they are zeros ("1.2300" yuan).
        if (QStringView(fraction).mid(shift).toString().count(u'0') != fraction.size() - shift)
            return std::nullopt;
        fraction.truncate(shift);
    }
    fraction = fraction.leftJustified(shift, u'0');
    const QString digits = (whole.isEmpty() ? u"0"_s : whole) + fraction;
    if (digits.size() > 18)
        return std::nullopt; // beyond qint64 for practical purposes
    bool ok = false;
    const qint64 fen = digits.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return negative ? -fen : fen;
}

QString Money::plain(qint64 fen)
{
    const bool negative = fen < 0;
    const quint64 abs = negative ? quint64(-(fen + 1)) + 1 : quint64(fen);
    return (negative ? u"-"_s : QString()) + QString::number(abs / 100) + u'.' +
           u"%1"_s.arg(abs % 100, 2, 10, QChar(u'0'));
}

QString Money::format(qint64 fen, bool symbol)
{
    const bool negative = fen < 0;
    const quint64 abs = negative ? quint64(-(fen + 1)) + 1 : quint64(fen);
    QString whole = QString::number(abs / 100);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, u',');
    return (negative ? u"-"_s : QString()) + (symbol ? u"¥"_s : QString()) + whole + u'.' +
           u"%1"_s.arg(abs % 100, 2, 10, QChar(u'0'));
}

} // namespace frontline
