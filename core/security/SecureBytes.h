// SecureBytes holds a secret (a passphrase or key) as raw bytes and wipes them when it dies.
// Passphrases become SecureBytes as soon as they leave a widget or the environment, so the
// secret is never formatted into SQL, logged, or left behind in a QString we cannot clear.
#pragma once

#include <QByteArray>
#include <QString>

namespace frontline {

class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(QByteArray bytes);
    // Takes the UTF-8 bytes of text. The caller should clear its own copy (see wipe()).
    static SecureBytes fromString(const QString &text);
    SecureBytes(const SecureBytes &other);
    SecureBytes &operator=(const SecureBytes &other);
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    ~SecureBytes();

    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype size() const { return m_bytes.size(); }
    const char *constData() const { return m_bytes.constData(); }
    // A copy of the bytes; avoid where possible, it outlives this object.
    QByteArray toByteArray() const { return m_bytes; }
    void clear();

    bool operator==(const SecureBytes &other) const;

    // Overwrites the storage of a string or byte array we are done with.
    static void wipe(QString &text);
    static void wipe(QByteArray &bytes);

private:
    QByteArray m_bytes;
};

} // namespace frontline
