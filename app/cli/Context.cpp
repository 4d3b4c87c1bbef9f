#include "Context.h"

#include "repositories/CustomerRepository.h"
#include "repositories/OrgRepository.h"
#include "security/Keychain.h"
#include "services/TextNormalizer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

#if defined(Q_OS_WIN)
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace frontline::cli {

namespace {
void writeLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    if (!text.endsWith(u'\n'))
        std::fputc('\n', stream);
    std::fflush(stream);
}

} // namespace

Context::Context(QCommandLineParser &parser, QStringList arguments)
    : m_parser(parser), m_arguments(std::move(arguments))
{}

QString Context::databasePath() const
{
    const QString path = m_parser.value(u"db"_s);
    return path.isEmpty() ? Database::defaultPath() : path;
}

bool Context::readSecretFile(const QString &path, SecureBytes *out, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the passphrase file %1: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray bytes = file.readAll();
    // One line: a trailing newline (as editors and `echo` write) is not part of the secret.
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    *out = SecureBytes(bytes);
    SecureBytes::wipe(bytes);
    if (out->isEmpty()) {
        *error = tr("The passphrase file %1 is empty.").arg(path);
        return false;
    }
    return true;
}

bool Context::stdinIsTerminal()
{
#if defined(Q_OS_WIN)
    DWORD mode = 0;
    return GetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), &mode) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

bool Context::prompt(const QString &question, SecureBytes *out)
{
    std::fputs(question.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    std::string line;
#if defined(Q_OS_WIN)
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(in, &mode);
    SetConsoleMode(in, mode & ~ENABLE_ECHO_INPUT);
    std::getline(std::cin, line);
    SetConsoleMode(in, mode);
#else
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
#endif
    std::fputc('\n', stderr);
    *out = SecureBytes(QByteArray(line.data(), qsizetype(line.size())));
    std::fill(line.begin(), line.end(), '\0');
    return !out->isEmpty();
}

bool Context::passphrase(SecureBytes *out, QString *error)
{
    QByteArray fromEnv = qgetenv("FRONTLINE_PASSPHRASE");
    if (!fromEnv.isEmpty()) {
        *out = SecureBytes(fromEnv);
        SecureBytes::wipe(fromEnv);
        return true;
    }
    if (m_parser.isSet(u"passphrase-file"_s))
        return readSecretFile(m_parser.value(u"passphrase-file"_s), out, error);
    if (!qEnvironmentVariableIsSet("FRONTLINE_NO_KEYCHAIN")) {
        const Keychain::ReadResult saved = Keychain::read(Keychain::entryForDatabase(databasePath()), 3000);
        if (saved.status == Keychain::Ok && !saved.secret.isEmpty()) {
            *out = saved.secret;
            return true;
        }
    }
    if (stdinIsTerminal() && prompt(tr("Passphrase for %1: ").arg(databasePath()), out))
        return true;
    *error =
        tr("No passphrase: set FRONTLINE_PASSPHRASE, use --passphrase-file FILE, save it in the keychain, "
           "or run in a terminal to be asked.");
    return false;
}

bool Context::newPassphrase(const QString &envVariable, const QString &fileOption, SecureBytes *out,
                            QString *error)
{
    QByteArray fromEnv = qgetenv(envVariable.toLatin1().constData());
    if (!fromEnv.isEmpty()) {
        *out = SecureBytes(fromEnv);
        SecureBytes::wipe(fromEnv);
        return true;
    }
    if (m_parser.isSet(fileOption))
        return readSecretFile(m_parser.value(fileOption), out, error);
    if (stdinIsTerminal()) {
        SecureBytes first, second;
        if (!prompt(tr("New passphrase: "), &first)) {
            *error = tr("The passphrase must not be empty.");
            return false;
        }
        prompt(tr("Repeat the new passphrase: "), &second);
        if (!(first == second)) {
            *error = tr("The two passphrases differ.");
            return false;
        }
        *out = first;
        return true;
    }
    *error = tr("No new passphrase: set %1, use --%2 FILE, or run in a terminal to be asked.")
                 .arg(envVariable, fileOption);
    return false;
}

bool Context::openDatabase(Database &db, bool readOnly)
{
    SecureBytes secret;
    QString error;
    if (!passphrase(&secret, &error)) {
        fail(error);
        return false;
    }
    Database::OpenOptions options;
    // A login writes: failed attempts count towards the lockout, and the audit log records it.
    options.readOnly = readOnly && userName().isEmpty();
    const DatabaseError result = db.open(databasePath(), secret, options);
    if (result) {
        fail(result.message());
        return false;
    }
    return true;
}

QString Context::userName() const
{
    const QString user = m_parser.value(u"user"_s);
    return user.isEmpty() ? qEnvironmentVariable("FRONTLINE_USER").trimmed() : user.trimmed();
}

bool Context::password(const QString &user, SecureBytes *out, QString *error)
{
    QByteArray fromEnv = qgetenv("FRONTLINE_PASSWORD");
    if (!fromEnv.isEmpty()) {
        *out = SecureBytes(fromEnv);
        SecureBytes::wipe(fromEnv);
        return true;
    }
    if (stdinIsTerminal() && prompt(tr("Password for %1: ").arg(user), out))
        return true;
    *error = tr("No password: set FRONTLINE_PASSWORD or run in a terminal to be asked.");
    return false;
}

std::optional<UserSession> Context::session(Database &db, bool forPasswordChange)
{
    if (!m_session) {
        UserAccounts users(db);
        const QString user = userName();
        if (!users.hasAccounts()) {
            if (!user.isEmpty()) {
                fail(tr("This database has no user accounts (single-user mode): leave out --user, or create "
                        "the first administrator with 'frontline-cli user add NAME'."));
                return std::nullopt;
            }
            m_session = UserAccounts::singleUserSession();
        } else {
            if (user.isEmpty()) {
                fail(tr("This database has user accounts: log in with --user NAME (the password comes from "
                        "FRONTLINE_PASSWORD or a prompt)."));
                return std::nullopt;
            }
            SecureBytes secret;
            QString error;
            if (!password(user, &secret, &error)) {
                fail(error);
                return std::nullopt;
            }
            const LoginResult login = users.login(user, secret);
            if (!login.ok()) {
                fail(login.message());
                return std::nullopt;
            }
            m_session = login.session;
        }
    }
    if (m_session->mustChangePassword() && !forPasswordChange) {
        fail(tr("You must change your initial password first: frontline-cli user passwd --user %1")
                 .arg(m_session->userName()));
        return std::nullopt;
    }
    return m_session;
}

std::optional<AccessScope> Context::scope(Database &db)
{
    const std::optional<UserSession> s = session(db);
    if (!s)
        return std::nullopt;
    if (!m_parser.isSet(u"as"_s))
        return s->scope;
    // Acting as someone else: a person at the keyboard in single-user mode, an administrator
    // when logged in. The audit log still names the one logged in.
    if (!s->singleUser() && s->scope.role() != Role::Admin) {
        fail(tr("Only an administrator can act as another member (--as)."));
        return std::nullopt;
    }
    QString error;
    std::optional<AccessScope> scope =
        AccessScope::forMemberCode(db.connection(), m_parser.value(u"as"_s), &error);
    if (!scope)
        fail(error);
    return scope;
}

bool Context::permitted(Database &db, const AccessScope &scope, PermissionArea area, PermissionAction action,
                        const QString &what)
{
    QString error;
    if (Permissions(db).check(scope, area, action, what, &error))
        return true;
    fail(error);
    return false;
}

bool Context::permitted(Database &db, PermissionArea area, PermissionAction action, const QString &what)
{
    const std::optional<AccessScope> s = scope(db);
    return s && permitted(db, *s, area, action, what);
}

qint64 Context::memberId(Database &db, const QString &code)
{
    const std::optional<Member> m =
        OrgRepository(db, AccessScope::administrator()).memberByCode(code.trimmed());
    if (!m) {
        fail(tr("There is no member with the code %1.").arg(code));
        return 0;
    }
    return m->id;
}

qint64 Context::customerId(Database &db, const AccessScope &scope, const QString &idOrCode)
{
    CustomerRepository repo(db, scope);
    bool numeric = false;
    const qint64 id = idOrCode.toLongLong(&numeric);
    std::optional<Customer> c = numeric ? repo.get(id) : repo.findByCode(idOrCode.trimmed());
    if (!numeric && !c) {
        MatchKeys keys;
        keys.nameKey = TextNormalizer::nameKey(idOrCode);
        QList<qint64> named;
        for (const DuplicateMatch &d :
             keys.nameKey.isEmpty() ? QList<DuplicateMatch>() : repo.findDuplicates(keys)) {
            if (d.visible && d.reason == u"name"_s && !named.contains(d.customerId))
                named << d.customerId;
        }
        if (named.size() > 1) {
            fail(tr("%n customers are called %1: give the customer's code or id.", nullptr, int(named.size()))
                     .arg(idOrCode));
            return 0;
        }
        if (named.size() == 1)
            c = repo.get(named.first());
    }
    if (!c || c->deleted) {
        fail(tr("There is no customer %1 that you can see.").arg(idOrCode));
        return 0;
    }
    return c->id;
}

QDate Context::parseDate(const QString &input, const QDate &today)
{
    const QString text = input.normalized(QString::NormalizationForm_KC).trimmed().toLower();
    if (text == u"today"_s || text == u"今天"_s)
        return today;
    if (text == u"tomorrow"_s || text == u"明天"_s)
        return today.addDays(1);
    static const QRegularExpression relative(u"^\\+(\\d+)([dwm])$"_s);
    if (const QRegularExpressionMatch m = relative.match(text); m.hasMatch()) {
        const int n = m.captured(1).toInt();
        const QChar unit = m.captured(2).at(0);
        return unit == u'd' ? today.addDays(n) : unit == u'w' ? today.addDays(7 * n) : today.addMonths(n);
    }
    static const QRegularExpression ymd(u"^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?$"_s);
    if (const QRegularExpressionMatch m = ymd.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return QDate();
}

void Context::printTable(const QStringList &headers, const QList<QStringList> &rows) const
{
    const auto width = [](const QString &s) {
        int w = 0;
        for (const char32_t c : s.toUcs4())
            w += (c >= 0x1100 &&
                  (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
                   (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) ||
                   (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000))
                     ? 2
                     : 1;
        return w;
    };
    QList<int> widths;
    for (const QString &h : headers)
        widths << width(h);
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], std::min(width(row.at(i)), 40));
    }
    const auto line = [&](const QStringList &cells) {
        QString out;
        for (int i = 0; i < cells.size(); ++i) {
            QString cell = cells.at(i);
            cell.replace(u'\n', u' ');
            out += cell;
            if (i + 1 < cells.size())
                out += QString(std::max(1, widths.value(i) - width(cell) + 2), u' ');
        }
        return out;
    };
    QStringList lines{line(headers)};
    for (const QStringList &row : rows)
        lines << line(row);
    writeLine(stdout, lines.join(u'\n'));
}

void Context::print(const QJsonValue &json, const QString &text) const
{
    if (this->json()) {
        const QJsonDocument doc =
            json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
        writeLine(stdout, QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
    } else {
        writeLine(stdout, text);
    }
}

void Context::printText(const QString &text) const
{
    writeLine(stdout, text);
}

int Context::fail(const QString &reason) const
{
    QString line = reason.simplified(); // one line, always
    writeLine(stderr, u"frontline-cli: "_s + line);
    return Failure;
}

int Context::usageError(const QString &reason) const
{
    writeLine(stderr, u"frontline-cli: "_s + reason.simplified());
    writeLine(stderr, tr("Try 'frontline-cli --help'."));
    return UsageError;
}

} // namespace frontline::cli
