// Money is integer fen (1 yuan = 100 fen), never floating point. Parsing reads what people
// write ("¥1,234.50", "1234.5元", "1.2万", "(300)", "-12") exactly; formatting writes
// "¥1,234.50".
#pragma once

#include <QString>

#include <optional>

namespace frontline {

class Money
{
public:
    // nullopt when the text is not an amount or has more precision than a fen.
    static std::optional<qint64> parseYuan(const QString &text);
    // "¥1,234.50"; with symbol false "1,234.50". Negative amounts as "-¥12.00".
    static QString format(qint64 fen, bool symbol = true);
    // "1234.50": plain, for CSV and JSON consumers that parse numbers.
    static QString plain(qint64 fen);
};

} // namespace frontline
