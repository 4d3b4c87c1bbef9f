// The CSV reader: encodings (detected and given), delimiters, RFC 4180 quoting, line ends, row
// numbers, records cut by the reader's chunk boundaries, and the real GBK sample from Chinese Excel.
#include "io/CsvReader.h"
#include "io/RowSource.h"
#include "io/TextCodec.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace frontline::io;

using Rows = QList<QStringList>;
Q_DECLARE_METATYPE(Rows)

namespace {

struct ReadResult
{
    Rows rows;
    QList<qint64> numbers;
    QString error;
    QByteArray encoding;
    bool bom = false;
    QChar delimiter;
    QList<QList<QVariant>> cells;
};

ReadResult readAll(RowSource &source)
{
    ReadResult result;
    SourceRow row;
    while (source.next(row)) {
        QStringList texts;
        for (qsizetype i = 0; i < row.cells.size(); ++i)
            texts.append(row.text(i));
        result.rows.append(texts);
        result.numbers.append(row.number);
        result.cells.append(row.cells);
    }
    result.error = source.errorString();
    result.encoding = source.encoding();
    result.bom = source.hadByteOrderMark();
    result.delimiter = source.delimiter();
    return result;
}

ReadResult readBytes(const QByteArray &bytes, const ReadOptions &options = {})
{
    CsvReader reader(options);
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    if (!reader.open(std::move(buffer), u"test.csv"_s)) {
        ReadResult failed;
        failed.error = reader.errorString();
        return failed;
    }
    return readAll(reader);
}

QByteArray encode(const QString &text, const QByteArray &encoding)
{
    auto encoder = TextEncoder::create(encoding);
    if (!encoder)
        return {};
    QByteArray bytes;
    encoder->encode(text, bytes);
    return bytes;
}

const QString kChinese = u"客户名称,联系电话,备注\r\n"
                         u"北京华联商厦,13800138000,\"重点客户，含,逗号\"\r\n"
                         u"上海浦东发展有限公司,021-12345678,普通\r\n"_s;
const Rows kChineseRows = {{u"客户名称"_s, u"联系电话"_s, u"备注"_s},
                           {u"北京华联商厦"_s, u"13800138000"_s, u"重点客户，含,逗号"_s},
                           {u"上海浦东发展有限公司"_s, u"021-12345678"_s, u"普通"_s}};

} // namespace

class tst_CsvReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void encodings_data();
    void encodings();
    void gbkLiteralBytes();
    void encodingOverride_data();
    void encodingOverride();
    void unknownEncoding();
    void nonAsciiAfterLongAsciiHead();
    void delimiters_data();
    void delimiters();
    void delimiterOverride();
    void parsing_data();
    void parsing();
    void emptyFieldsAreInvalid();
    void rowsKeptByTheCallerStayIntact();
    void chunkBoundaries_data();
    void chunkBoundaries();
    void longQuotedField();
    void brokenUtf8AtChunkBoundary();
    void utf8DecoderAcrossCalls();
    void progress();
    void realGbkSample();
    void realZohoSample();
    void openRowSourceDispatch_data();
    void openRowSourceDispatch();
};

void tst_CsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<Rows>("rows");

    const QByteArray utf8 = kChinese.toUtf8();
    QTest::newRow("utf-8 with BOM") << QByteArray("\xEF\xBB\xBF" + utf8) << QByteArray("utf-8") << true
                                    << kChineseRows;
    QTest::newRow("utf-8") << utf8 << QByteArray("utf-8") << false << kChineseRows;
    QTest::newRow("utf-16le with BOM") << QByteArray("\xFF\xFE" + encode(kChinese, "utf-16le"))
                                       << QByteArray("utf-16le") << true << kChineseRows;
    QTest::newRow("utf-16be with BOM") << QByteArray("\xFE\xFF" + encode(kChinese, "utf-16be"))
                                       << QByteArray("utf-16be") << true << kChineseRows;
    QTest::newRow("utf-16le without BOM")
        << encode(kChinese, "utf-16le") << QByteArray("utf-16le") << false << kChineseRows;
    QTest::newRow("utf-16be without BOM")
        << encode(kChinese, "utf-16be") << QByteArray("utf-16be") << false << kChineseRows;
    QTest::newRow("gbk") << encode(kChinese, "gbk") << QByteArray("gb18030") << false << kChineseRows;
    QTest::newRow("gb18030 with a 4-byte character")
        << encode(kChinese + u"𠮷野家,400-123-4567,€ 欧元\r\n"_s, "gb18030") << QByteArray("gb18030") << false
        << (Rows(kChineseRows) << QStringList{u"𠮷野家"_s, u"400-123-4567"_s, u"€ 欧元"_s});

    // Two short lines of names: too little for ICU's statistics (it guesses a Greek code page),
    // which is what the GBK bias is for.
    const QString shortText = u"客户名称,电话\r\n北京华联,13800138000\r\n"_s;
    QTest::newRow("gbk, two short lines")
        << encode(shortText, "gbk") << QByteArray("gb18030") << false
        << Rows{{u"客户名称"_s, u"电话"_s}, {u"北京华联"_s, u"13800138000"_s}};

    const QString big5 = u"公司名稱,聯絡人,電話\r\n台北華聯商廈有限公司,陳小姐,02-2345-6789\r\n"
                         u"高雄貿易股份有限公司,林先生,07-1234-567\r\n"_s;
    QTest::newRow("big5") << encode(big5, "big5") << QByteArray("big5") << false
                          << Rows{{u"公司名稱"_s, u"聯絡人"_s, u"電話"_s},
                                  {u"台北華聯商廈有限公司"_s, u"陳小姐"_s, u"02-2345-6789"_s},
                                  {u"高雄貿易股份有限公司"_s, u"林先生"_s, u"07-1234-567"_s}};
    const QString korean = u"회사명,전화\r\n서울상사,02-123-4567\r\n부산무역,051-987-6543\r\n"_s;
    QTest::newRow("euc-kr") << encode(korean, "euc-kr") << QByteArray("euc-kr") << false
                            << Rows{{u"회사명"_s, u"전화"_s},
                                    {u"서울상사"_s, u"02-123-4567"_s},
                                    {u"부산무역"_s, u"051-987-6543"_s}};
    const QString latin = u"Name,City,Note\r\nMüller,Köln,Café crème\r\nJosé,São Paulo,Straße\r\n"_s;
    QTest::newRow("latin-1") << encode(latin, "iso-8859-1") << QByteArray("iso-8859-1") << false
                             << Rows{{u"Name"_s, u"City"_s, u"Note"_s},
                                     {u"Müller"_s, u"Köln"_s, u"Café crème"_s},
                                     {u"José"_s, u"São Paulo"_s, u"Straße"_s}};
}

void tst_CsvReader::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, encoding);
    QFETCH(bool, bom);
    QFETCH(Rows, rows);
    QVERIFY(!bytes.isEmpty());

    const ReadResult result = readBytes(bytes);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.encoding, encoding);
    QCOMPARE(result.bom, bom);
    QCOMPARE(result.rows, rows);
}

void tst_CsvReader::gbkLiteralBytes()
{
    // "中文,测试\r\n张三,李四\r\n" as Chinese Windows saves it, written out byte by byte so that the
    // test does not depend on the encoder it shares with the reader.
    const QByteArray bytes("\xD6\xD0\xCE\xC4,\xB2\xE2\xCA\xD4\r\n\xD5\xC5\xC8\xFD,\xC0\xEE\xCB\xC4\r\n");
    const ReadResult result = readBytes(bytes);
    QCOMPARE(result.encoding, QByteArray("gb18030"));
    QCOMPARE(result.rows, (Rows{{u"中文"_s, u"测试"_s}, {u"张三"_s, u"李四"_s}}));
}

void tst_CsvReader::encodingOverride_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("override");
    QTest::addColumn<QByteArray>("reported");
    QTest::addColumn<Rows>("rows");

    const QByteArray gbk = encode(kChinese, "gbk");
    QTest::newRow("gbk read as gbk") << gbk << QByteArray("GBK") << QByteArray("gbk") << kChineseRows;
    QTest::newRow("gbk read as gb18030")
        << gbk << QByteArray("gb18030") << QByteArray("gb18030") << kChineseRows;
    QTest::newRow("cp936 alias") << gbk << QByteArray("cp936") << QByteArray("gbk") << kChineseRows;
    QTest::newRow("utf-8 BOM skipped when told utf-8")
        << QByteArray("\xEF\xBB\xBF" + kChinese.toUtf8()) << QByteArray("utf8") << QByteArray("utf-8")
        << kChineseRows;
    QTest::newRow("utf-16 with BOM") << QByteArray("\xFF\xFE" + encode(kChinese, "utf-16le"))
                                     << QByteArray("utf-16") << QByteArray("utf-16le") << kChineseRows;
    // Latin-1 bytes that detection would call windows-1252 or Latin-1, read as the user says.
    QTest::newRow("latin-1 forced") << QByteArray("a,b\r\ncaf\xE9,x\r\n") << QByteArray("latin1")
                                    << QByteArray("iso-8859-1")
                                    << Rows{{u"a"_s, u"b"_s}, {u"café"_s, u"x"_s}};
    // Forcing the wrong encoding is obeyed: UTF-8 read as GB18030 gives other characters.
    const QByteArray utf8 = u"名称,值\r\n甲,1\r\n"_s.toUtf8();
    auto decoder = TextDecoder::create("gb18030");
    QString mojibake;
    decoder->decode(utf8, mojibake, true);
    const QStringList lines = mojibake.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QVERIFY(lines.size() == 2 && lines.at(0) != u"名称,值"_s);
    QTest::newRow("utf-8 forced to gb18030") << utf8 << QByteArray("gb18030") << QByteArray("gb18030")
                                             << Rows{lines.at(0).split(u','), lines.at(1).split(u',')};
}

void tst_CsvReader::encodingOverride()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, override);
    QFETCH(QByteArray, reported);
    QFETCH(Rows, rows);
    ReadOptions options;
    options.encoding = override;
    const ReadResult result = readBytes(bytes, options);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.encoding, reported);
    QCOMPARE(result.rows, rows);
}

void tst_CsvReader::unknownEncoding()
{
    ReadOptions options;
    options.encoding = "klingon-8";
    const ReadResult result = readBytes("a,b\n", options);
    QVERIFY(result.error.contains(u"klingon-8"_s));
    QVERIFY(result.rows.isEmpty());
}

void tst_CsvReader::nonAsciiAfterLongAsciiHead()
{
    // Two megabytes of plain ASCII before the first Chinese name: detection must look past the
    // first chunk rather than call the file UTF-8 because its start is.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"late.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("code,name,amount\r\n");
    const QByteArray line("A000001,plain ascii name,12345.67\r\n");
    const int asciiLines = 2 * 1024 * 1024 / int(line.size()) + 1;
    for (int i = 0; i < asciiLines; ++i)
        file.write(line);
    file.write(encode(u"B000001,北京华联商厦,99\r\n"_s, "gbk"));
    file.close();

    CsvReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    QCOMPARE(reader.encoding(), QByteArray("gb18030"));
    SourceRow row, last;
    qint64 count = 0;
    while (reader.next(row)) {
        last = row;
        ++count;
    }
    QCOMPARE(reader.errorString(), QString());
    QCOMPARE(count, asciiLines + 2);
    QCOMPARE(last.text(1), u"北京华联商厦"_s);
    QCOMPARE(last.number, asciiLines + 2);
}

void tst_CsvReader::delimiters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<int>("fields"); // of the last row

    QTest::newRow("comma") << u"a,b,c\n1,2,3\n4,5,6\n"_s << QChar(u',') << 3;
    QTest::newRow("semicolon") << u"a;b;c\n1;2;3\n4;5;6\n"_s << QChar(u';') << 3;
    QTest::newRow("tab") << u"a\tb\tc\n1\t2\t3\n"_s << QChar(u'\t') << 3;
    QTest::newRow("pipe") << u"a|b|c\n1|2|3\n"_s << QChar(u'|') << 3;
    QTest::newRow("semicolon with decimal commas")
        << u"name;amount;qty\nA;1,5;2\nB;2,25;3\nC;3;4\n"_s << QChar(u';') << 3;
    QTest::newRow("tab with commas in text") << u"name\tnote\nA\tx, y, z\nB\tp, q\n"_s << QChar(u'\t') << 2;
    QTest::newRow("comma with quoted semicolons")
        << u"a,b\n\"x;y;z;w\",1\n\"p;q;r;s\",2\n"_s << QChar(u',') << 2;
    QTest::newRow("title row first") << u"2025年客户表\n名称,电话,城市\n甲,1,北京\n乙,2,上海\n"_s
                                     << QChar(u',') << 3;
    QTest::newRow("single column") << u"name\nA\nB\n"_s << QChar(u',') << 1;
    QTest::newRow("Excel's sep= line") << u"sep=|\r\na,b|c\r\n1,5|2\r\n"_s << QChar(u'|') << 2;
    QTest::newRow("semicolons beat commas by count") << u"a;b;c;d\n1,5;2;3;4\n"_s << QChar(u';') << 4;
}

void tst_CsvReader::delimiters()
{
    QFETCH(QString, text);
    QFETCH(QChar, delimiter);
    QFETCH(int, fields);
    const bool hint = text.startsWith(u"sep="_s);
    if (!hint)
        QCOMPARE(CsvReader::detectDelimiter(text, true), delimiter);
    const ReadResult result = readBytes(text.toUtf8());
    QCOMPARE(result.delimiter, delimiter);
    QVERIFY(!result.rows.isEmpty());
    QCOMPARE(result.rows.last().size(), fields);
    if (hint) {
        QCOMPARE(result.rows.first(), (QStringList{u"a,b"_s, u"c"_s})); // the hint is no row
        QCOMPARE(result.numbers.first(), 2);
    }
}

void tst_CsvReader::delimiterOverride()
{
    ReadOptions options;
    options.delimiter = u';';
    const ReadResult result = readBytes("a,b;c\n1,2;3\n", options);
    QCOMPARE(result.delimiter, QChar(u';'));
    QCOMPARE(result.rows, (Rows{{u"a,b"_s, u"c"_s}, {u"1,2"_s, u"3"_s}}));
}

void tst_CsvReader::parsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QList<qint64>>("numbers");

    QTest::newRow("LF") << u"a,b\n1,2\n"_s << Rows{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}} << QList<qint64>{1, 2};
    QTest::newRow("CRLF") << u"a,b\r\n1,2\r\n"_s << Rows{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}
                          << QList<qint64>{1, 2};
    QTest::newRow("CR only") << u"a,b\r1,2\r3,4"_s
                             << Rows{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}}
                             << QList<qint64>{1, 2, 3};
    QTest::newRow("no final line end")
        << u"a,b\n1,2"_s << Rows{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}} << QList<qint64>{1, 2};
    QTest::newRow("trailing empty lines are no rows")
        << u"a,b\n1,2\n\n\r\n"_s << Rows{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}} << QList<qint64>{1, 2};
    QTest::newRow("blank lines inside keep the numbering")
        << u"a,b\n\n1,2\n,\n3,4\n"_s << Rows{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}}
        << QList<qint64>{1, 3, 5};
    QTest::newRow("quoted delimiter") << u"\"a,b\",c\n"_s << Rows{{u"a,b"_s, u"c"_s}} << QList<qint64>{1};
    QTest::newRow("doubled quotes") << u"\"say \"\"hi\"\"\",x\n"_s << Rows{{u"say \"hi\""_s, u"x"_s}}
                                    << QList<qint64>{1};
    QTest::newRow("only a doubled quote") << u"\"\"\"\",x\n"_s << Rows{{u"\""_s, u"x"_s}} << QList<qint64>{1};
    QTest::newRow("LF inside quotes, CRLF outside")
        << u"h1,h2\r\n\"line 1\nline 2\",x\r\nnext,y\r\n"_s
        << Rows{{u"h1"_s, u"h2"_s}, {u"line 1\nline 2"_s, u"x"_s}, {u"next"_s, u"y"_s}}
        << QList<qint64>{1, 2, 4};
    QTest::newRow("CRLF inside quotes")
        << u"\"a\r\nb\r\nc\",x\r\nz,y\r\n"_s << Rows{{u"a\r\nb\r\nc"_s, u"x"_s}, {u"z"_s, u"y"_s}}
        << QList<qint64>{1, 4};
    QTest::newRow("empty fields") << u"a,,c\n,,\n,b,\n"_s
                                  << Rows{{u"a"_s, u""_s, u"c"_s}, {u""_s, u"b"_s, u""_s}}
                                  << QList<qint64>{1, 3};
    QTest::newRow("empty quoted field") << u"\"\",x\n"_s << Rows{{u""_s, u"x"_s}} << QList<qint64>{1};
    QTest::newRow("trailing delimiter") << u"a,b,\n"_s << Rows{{u"a"_s, u"b"_s, u""_s}} << QList<qint64>{1};
    QTest::newRow("quote inside an unquoted field is text")
        << u"5\" pipe,x\n"_s << Rows{{u"5\" pipe"_s, u"x"_s}} << QList<qint64>{1};
    QTest::newRow("text after the closing quote is kept")
        << u"\"abc\"def,x\n"_s << Rows{{u"abcdef"_s, u"x"_s}} << QList<qint64>{1};
    QTest::newRow("spaces are kept") << u" a , b \n"_s << Rows{{u" a "_s, u" b "_s}} << QList<qint64>{1};
    QTest::newRow("unclosed quote runs to the end")
        << u"a,b\n\"open,x\ny\n"_s << Rows{{u"a"_s, u"b"_s}, {u"open,x\ny\n"_s}} << QList<qint64>{1, 2};
    QTest::newRow("ragged rows") << u"a,b,c\n1\n1,2,3,4\n"_s
                                 << Rows{{u"a"_s, u"b"_s, u"c"_s}, {u"1"_s}, {u"1"_s, u"2"_s, u"3"_s, u"4"_s}}
                                 << QList<qint64>{1, 2, 3};
    QTest::newRow("whitespace-only row is blank")
        << u"a,b\n  ,\t\n1,2\n"_s << Rows{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}} << QList<qint64>{1, 3};
    QTest::newRow("empty file") << QString() << Rows{} << QList<qint64>{};
}

void tst_CsvReader::parsing()
{
    QFETCH(QString, text);
    QFETCH(Rows, rows);
    QFETCH(QList<qint64>, numbers);
    ReadOptions options;
    options.delimiter = u',';
    const ReadResult result = readBytes(text.toUtf8(), options);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.rows, rows);
    QCOMPARE(result.numbers, numbers);
}

void tst_CsvReader::emptyFieldsAreInvalid()
{
    const ReadResult result = readBytes("a,,\"\", x \n");
    QCOMPARE(result.cells.size(), 1);
    const QList<QVariant> &cells = result.cells.first();
    QCOMPARE(cells.size(), 4);
    QCOMPARE(cells.at(0), QVariant(u"a"_s));
    QVERIFY(!cells.at(1).isValid());
    QVERIFY(!cells.at(2).isValid());
    QCOMPARE(cells.at(3).typeId(), QMetaType::QString);
    QCOMPARE(cells.at(3).toString(), u" x "_s);
}

void tst_CsvReader::rowsKeptByTheCallerStayIntact()
{
    // The reader writes each record into the caller's SourceRow, reusing its strings when nobody
    // else holds them; rows and values the caller kept must not change under it.
    CsvReader reader;
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData("name,city\nalpha,beijing\nbe,sh\n\"q\"\"x\",\n");
    QVERIFY(reader.open(std::move(buffer), u"kept.csv"_s));
    SourceRow row;
    QList<SourceRow> kept;
    QString firstName;
    while (reader.next(row)) {
        if (firstName.isEmpty() && row.number == 2)
            firstName = row.cells.at(0).toString();
        kept.append(row);
    }
    QCOMPARE(kept.size(), 4);
    QCOMPARE(firstName, u"alpha"_s);
    QCOMPARE(kept.at(0).cells, (QList<QVariant>{u"name"_s, u"city"_s}));
    QCOMPARE(kept.at(1).cells, (QList<QVariant>{u"alpha"_s, u"beijing"_s}));
    QCOMPARE(kept.at(2).cells, (QList<QVariant>{u"be"_s, u"sh"_s}));
    QCOMPARE(kept.at(3).cells, (QList<QVariant>{u"q\"x"_s, QVariant()}));
}

void tst_CsvReader::chunkBoundaries_data()
{
    QTest::addColumn<QByteArray>("encoding");
    QTest::newRow("utf-8") << QByteArray("utf-8");
    QTest::newRow("gb18030") << QByteArray("gb18030");
    QTest::newRow("utf-16le") << QByteArray("utf-16le");
}

void tst_CsvReader::chunkBoundaries()
{
    // Over 2 MB of records with multi-byte characters, quoted delimiters, doubled quotes and
    // line breaks inside quotes, so that the reader's 1 MB chunks cut characters, quotes and
    // CRLF pairs in every way; every record must come back whole with its line number.
    QFETCH(QByteArray, encoding);
    QString text;
    Rows expected;
    QList<qint64> numbers;
    qint64 line = 1;
    for (int i = 0; text.size() < 2'000'000; ++i) {
        const QString name = u"客户%1号（北京）"_s.arg(i);
        const QString note = i % 7 == 0 ? u"第一行\r\n第二行 \"引号\", 逗号"_s : u"备注%1"_s.arg(i * 31);
        const QString amount = QString::number(i * 1.25, 'f', 2);
        QString quotedNote = note;
        quotedNote.replace(u"\""_s, u"\"\""_s);
        text += name + u',' + u'"' + quotedNote + u'"' + u',' + amount + u"\r\n"_s;
        expected.append({name, note, amount});
        numbers.append(line);
        line += 1 + note.count(u"\r\n"_s);
    }
    const QByteArray bytes = encode(text, encoding);
    QVERIFY(bytes.size() > 2 * 1024 * 1024 + 100'000); // past at least two chunk boundaries

    QTemporaryDir dir;
    const QString path = dir.filePath(u"big.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();

    ReadOptions options;
    options.encoding = encoding; // detection has its own tests; this one is about the chunks
    CsvReader reader(options);
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    const ReadResult result = readAll(reader);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.rows.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (result.rows.at(i) != expected.at(i) || result.numbers.at(i) != numbers.at(i)) {
            qWarning() << "row" << i << result.numbers.at(i) << result.rows.at(i) << "expected"
                       << numbers.at(i) << expected.at(i);
            QFAIL("a record cut by a chunk boundary came back wrong");
        }
    }
    QVERIFY(!reader.hadDecodingErrors());
}

void tst_CsvReader::longQuotedField()
{
    // One field longer than three read chunks.
    const QString big = QString(3 * 1024 * 1024, u'长') + u"\n,\"\"end"_s;
    QString quoted = big;
    quoted.replace(u"\""_s, u"\"\""_s);
    const QString text = u"a,b\r\n\""_s + quoted + u"\",x\r\nlast,y\r\n"_s;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"long.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    file.close();
    CsvReader reader;
    QVERIFY(reader.open(path));
    const ReadResult result = readAll(reader);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.rows.size(), 3);
    QCOMPARE(result.rows.at(1).size(), 2);
    QVERIFY(result.rows.at(1).at(0) == big);
    QCOMPARE(result.rows.at(2), (QStringList{u"last"_s, u"y"_s}));
    QCOMPARE(result.numbers, (QList<qint64>{1, 2, 4})); // the field holds a line break
}

void tst_CsvReader::brokenUtf8AtChunkBoundary()
{
    // Found by fuzz_csv: a UTF-8 sequence broken off right at the end of a 1 MB chunk (here
    // E6 B0 without its third byte), with a delimiter right after it in the next chunk. Qt's
    // decoder swallowed the delimiter with the broken sequence, and the row lost a column. The
    // head is still detected as UTF-8: a sequence cut by the end of the sample counts as valid.
    QByteArray bytes = "名称,备注\n";
    const QByteArray tail = "ab\xE6\xB0,tail\nlast,row\n";
    while (bytes.size() < (1 << 20) - 4 - 4)
        bytes += "x,y\n";
    bytes += QByteArray((1 << 20) - 5 - bytes.size(), 'z') + "\n" + tail; // E6 B0: the last bytes of 1 MB
    QCOMPARE(bytes.indexOf("\xE6\xB0,"), (1 << 20) - 2);                  // the chunk ends between B0 and ','
    for (const QByteArray &encoding : {QByteArray("auto"), QByteArray("utf-8")}) {
        ReadOptions options;
        options.encoding = encoding;
        const ReadResult result = readBytes(bytes, options);
        QCOMPARE(result.encoding, QByteArray("utf-8"));
        QVERIFY(result.rows.size() >= 2);
        QCOMPARE(result.rows.at(result.rows.size() - 2),
                 (QStringList{u"ab\uFFFD\uFFFD"_s, u"tail"_s})); // each broken byte one U+FFFD
        QCOMPARE(result.rows.last(), (QStringList{u"last"_s, u"row"_s}));
    }
}

void tst_CsvReader::utf8DecoderAcrossCalls()
{
    // A sequence cut between two calls: completed by the next call, broken by it (the byte that
    // breaks it stays), or cut by the end of the file. Each invalid byte reads as one U+FFFD,
    // however the calls cut them.
    const auto decode = [](const QList<QByteArray> &parts, bool *errors) {
        auto decoder = TextDecoder::create("utf-8");
        QString out;
        for (qsizetype i = 0; i < parts.size(); ++i)
            decoder->decode(parts.at(i), out, i == parts.size() - 1);
        *errors = decoder->hadErrors();
        return out;
    };
    bool errors = false;
    QCOMPARE(decode({"a\xE6", "\xB0\x9F,b"}, &errors), u"a氟,b"_s);
    QVERIFY(!errors);
    QCOMPARE(decode({"a\xF0\x9F", "\x98", "\x80"}, &errors), u"a\U0001F600"_s);
    QVERIFY(!errors);
    QCOMPARE(decode({"a\xE6\xB0", ",b"}, &errors), u"a\uFFFD\uFFFD,b"_s);
    QVERIFY(errors);
    QCOMPARE(decode({"a\xEF", "\x0C\xBC\x88"}, &errors), u"a\uFFFD\x0C\uFFFD\uFFFD"_s);
    QVERIFY(errors);
    QCOMPARE(decode({"a\xE6\xB0", ""}, &errors), u"a\uFFFD\uFFFD"_s);
    QVERIFY(errors);
    QCOMPARE(decode({"a\xE6"}, &errors), u"a\uFFFD"_s);
    QVERIFY(errors);
    QCOMPARE(decode({"a\xE9", "\xE9", "\xE9,"}, &errors), u"a\uFFFD\uFFFD\uFFFD,"_s);
    QCOMPARE(decode({"a\xE9\xE9\xE9,"}, &errors), u"a\uFFFD\uFFFD\uFFFD,"_s);
}

void tst_CsvReader::progress()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"progress.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int i = 0; i < 100'000; ++i)
        file.write(QByteArray("row,") + QByteArray::number(i) + ",some text to make it longer\n");
    file.close();
    CsvReader reader;
    QVERIFY(reader.open(path));
    SourceRow row;
    double last = reader.progress();
    QCOMPARE(last, 0.0);
    int rows = 0;
    bool sawMiddle = false;
    while (reader.next(row)) {
        const double p = reader.progress();
        QVERIFY2(p >= last, qPrintable(u"%1 < %2"_s.arg(p).arg(last)));
        sawMiddle = sawMiddle || (p > 0.3 && p < 0.7);
        last = p;
        ++rows;
    }
    QCOMPARE(rows, 100'000);
    QVERIFY(sawMiddle);
    QCOMPARE(reader.progress(), 1.0);
}

void tst_CsvReader::realGbkSample()
{
    // Chinese Excel's "CSV (comma delimited)": GBK, CRLF, notes with line breaks inside quotes.
    const QString path = QFINDTESTDATA("../data/io/customers_gbk.csv");
    QVERIFY(!path.isEmpty());
    QString error;
    auto source = openRowSource(path, {}, &error);
    QVERIFY2(source, qPrintable(error));
    QCOMPARE(source->format(), u"csv"_s);
    QCOMPARE(source->encoding(), QByteArray("gb18030"));
    QCOMPARE(source->delimiter(), QChar(u','));
    QVERIFY(!source->hadByteOrderMark());
    const ReadResult result = readAll(*source);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.rows.size(), 1 + 143);
    QCOMPARE(result.rows.first(),
             (QStringList{u"业务员"_s, u"公司名称"_s, u"联系人姓名"_s, u"联系电话"_s, u"电子邮箱"_s,
                          u"城市"_s, u"来源"_s, u"录入日期"_s, u"备注"_s}));
    for (const QStringList &r : result.rows)
        QCOMPARE(r.size(), 9);
    // The first data row's note spans two lines; the next record starts on line 4.
    QCOMPARE(result.numbers.at(1), 2);
    QCOMPARE(result.rows.at(1).at(8), u"重点客户，\n需每周回访"_s);
    QCOMPARE(result.numbers.at(2), 4);
    QCOMPARE(result.rows.at(2).at(1), u"西安高鑫文化传媒有限公司"_s);
    QCOMPARE(result.rows.at(12).at(8), u"客户说\"价格偏高\""_s);
    int notesWithBreaks = 0;
    for (const QStringList &r : result.rows)
        notesWithBreaks += r.at(8).contains(u'\n');
    QCOMPARE(notesWithBreaks, 9);
    // Nine notes add nine lines: the last record is on line 153.
    QCOMPARE(result.numbers.last(), 153);
    QCOMPARE(result.rows.last().at(1), u"重庆陈泰农业有限责任公司 "_s);
    QCOMPARE(result.rows.last().at(4), u"C030@EXAMPLE.CN"_s);
}

void tst_CsvReader::realZohoSample()
{
    // A Zoho CRM export: UTF-8 with a BOM, which must not stick to the first header.
    const QString path = QFINDTESTDATA("../data/io/zoho_deals.csv");
    QVERIFY(!path.isEmpty());
    QString error;
    auto source = openRowSource(path, {}, &error);
    QVERIFY2(source, qPrintable(error));
    QCOMPARE(source->encoding(), QByteArray("utf-8"));
    QVERIFY(source->hadByteOrderMark());
    const ReadResult result = readAll(*source);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.rows.size(), 1 + 60);
    QCOMPARE(result.rows.first().first(), u"Record Id"_s);
    QCOMPARE(result.rows.first().at(7), u"Probability (%)"_s);
    QCOMPARE(result.rows.at(1),
             (QStringList{u"zcrm_5000000000000000"_s, u"重庆秦泰餐饮-项目0"_s, u"重庆秦泰餐饮管理有限公司"_s,
                          u"陈静"_s, u"118000.00"_s, u"2025-05-17"_s, u"Needs Analysis"_s, u"20"_s,
                          u"Referral"_s, u"2025-05-17 10:00:00"_s}));
    QCOMPARE(result.numbers.last(), 61);
}

void tst_CsvReader::openRowSourceDispatch_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format");    // empty when it must fail
    QTest::addColumn<QString>("errorPart"); // in the message when it fails

    QTest::newRow("csv") << u"a.csv"_s << QByteArray("a,b\n1,2\n") << u"csv"_s << QString();
    QTest::newRow("tsv named .txt") << u"a.txt"_s << QByteArray("a\tb\n1\t2\n") << u"csv"_s << QString();
    QTest::newRow("tab text saved as .xls by an ERP")
        << u"export.xls"_s << QByteArray("a\tb\n1\t2\n") << u"csv"_s << QString();
    QTest::newRow("legacy xls") << u"old.xls"_s
                                << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + QByteArray(1024, '\0'))
                                << QString() << u".xlsx"_s;
    QTest::newRow("password-protected xlsx")
        << u"secret.xlsx"_s
        << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + QByteArray(600, '\0') +
                      QByteArray(reinterpret_cast<const char *>(u"EncryptedPackage"), 32))
        << QString() << u"password"_s;
    QTest::newRow("html saved as xls")
        << u"report.xls"_s << QByteArray("<html><body><table><tr><td>1</td></tr></table></body></html>")
        << QString() << u".xlsx"_s;
    QTest::newRow("zip that is no workbook")
        << u"fake.xlsx"_s << QByteArray("PK\x03\x04garbage") << QString() << u"fake.xlsx"_s;
}

void tst_CsvReader::openRowSourceDispatch()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    QFETCH(QString, errorPart);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    QString error;
    auto source = openRowSource(path, {}, &error);
    if (format.isEmpty()) {
        QVERIFY(!source);
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        QVERIFY2(error.contains(name), qPrintable(error));
    } else {
        QVERIFY2(source, qPrintable(error));
        QCOMPARE(source->format(), format);
        SourceRow row;
        QVERIFY(source->next(row));
        QCOMPARE(row.cells.size(), 2);
    }

    QString missing;
    QVERIFY(!openRowSource(dir.filePath(u"missing.csv"_s), {}, &missing));
    QVERIFY(missing.contains(u"missing.csv"_s));
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
