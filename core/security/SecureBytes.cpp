#include "SecureBytes.h"

#include <cstring>

namespace frontline {

namespace {
void secureZero(void *data, size_t size)
{
    // volatile stops the compiler from removing the stores of a buffer about to be freed.
    auto *p = static_cast<volatile unsigned char *>(data);
    while (size--)
        *p++ = 0;
}
} // namespace

SecureBytes::SecureBytes(QByteArray bytes) : m_bytes(std::move(bytes))
{
    m_bytes.detach();
}

SecureBytes SecureBytes::fromString(const QString &text)
{
    return SecureBytes(text.toUtf8());
}

SecureBytes::SecureBytes(const SecureBytes &other) : m_bytes(other.m_bytes.constData(), other.m_bytes.size())
{}

SecureBytes &SecureBytes::operator=(const SecureBytes &other)
{
    if (this != &other) {
        clear();
        m_bytes = QByteArray(other.m_bytes.constData(), other.m_bytes.size());
    }
    return *this;
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept : m_bytes(std::move(other.m_bytes)) {}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
    }
    return *this;
}

SecureBytes::~SecureBytes()
{
    clear();
}

void SecureBytes::clear()
{
    wipe(m_bytes);
    m_bytes = QByteArray();
}

bool SecureBytes::operator==(const SecureBytes &other) const
{
    if (m_bytes.size() != other.m_bytes.size())
        return false;
    unsigned char diff = 0; // constant time for equal lengths
    for (qsizetype i = 0; i < m_bytes.size(); ++i)
        diff |= static_cast<unsigned char>(m_bytes[i] ^ other.m_bytes[i]);
    return diff == 0;
}

void SecureBytes::wipe(QString &text)
{
    // Only storage we own alone may be overwritten; shared data is wiped by its last owner.
    if (!text.isEmpty() && text.isDetached())
        secureZero(text.data(), size_t(text.size()) * sizeof(QChar));
    text.clear();
}

void SecureBytes::wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached())
        secureZero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

} // namespace frontline
