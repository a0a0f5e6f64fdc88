// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Measures the Contacts page's models (issue 8, B4) in one process, headless:
// - load: 100,000 generated GHL contacts and 60,000 MailerLite subscribers fed into the page's
//   ContactTableModel, SubscriberTableModel and LinkIndex the way ContactsPage does it (links
//   first, then GHL pages of 500 and MailerLite pages of 1,000 interleaved, one page per
//   event-loop turn, each followed by a status refresh), through RecordFilterProxy into a
//   QTableView set up like the page's (not shown); done when both status sweeps settled;
// - filter: search texts typed into the contacts and the subscribers proxies;
// - the process's peak RSS (VmHWM), counted from the end of data generation.
// Prints one JSON object (bench/README.md); --quick loads 20,000 contacts and keeps the
// targets (they are set for 100,000).
#include "benchreport.h"
#include "contacttablemodel.h"
#include "guimodelsfixture.h"
#include "recordfilterproxy.h"
#include "session/linkindex.h"
#include "subscribertablemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <malloc.h>
#include <optional>
#include <type_traits>

using namespace Qt::StringLiterals;

using namespace BenchReport;

namespace {

constexpr int FullContacts = 100000;
constexpr int QuickContacts = 20000;
constexpr quint32 Seed = 8;
constexpr double LoadTargetMs = 1000;
constexpr double FilterTargetMs = 200;
constexpr double RssTargetMb = 500;

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// A table as ui/contactspage.ui and ContactsPage::setupViews() make it: sortable, uniform
// fixed-height rows, no vertical header, the email column stretched. Not shown.
void setupView(QTableView *view, QAbstractItemModel *model, int emailColumn)
{
    view->setAlternatingRowColors(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->setSortingEnabled(true);
    view->verticalHeader()->setVisible(false);
    view->setModel(model);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setSectionResizeMode(emailColumn, QHeaderView::Stretch);
    view->resize(700, 500); // one table's share of a 1280 x 800 window
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

// Runs the steps one event-loop turn apart (a zero timer, so timers the previous step started,
// like a view's delayed layout or a status sweep, run first).
class Bench final
{
public:
    Bench(GuiModelsFixture fixture, QJsonObject *result)
        : m_fixture(std::move(fixture))
        , m_result(result)
    {
        m_contacts.setLinkIndex(&m_links);
        m_subscribers.setLinkIndex(&m_links);
        m_contactProxy.setSourceModel(&m_contacts);
        m_subscriberProxy.setSourceModel(&m_subscribers);
        setupView(&m_contactView, &m_contactProxy, ContactTableModel::EmailColumn);
        setupView(&m_subscriberView, &m_subscriberProxy, SubscriberTableModel::EmailColumn);
        m_turn.setSingleShot(true);
        m_turn.setInterval(0);
        QObject::connect(&m_turn, &QTimer::timeout, &m_context,
                         [this] { std::exchange(m_step, {})(); });
        QObject::connect(&m_contacts, &RecordTableModel::statusesSettled, &m_context,
                         [this] { maybeLoaded(); });
        QObject::connect(&m_subscribers, &RecordTableModel::statusesSettled, &m_context,
                         [this] { maybeLoaded(); });
    }
    Q_DISABLE_COPY_MOVE(Bench)

    void start()
    {
        m_rssBefore = statusMb("VmRSS");
        m_cpuStart = std::clock();
        m_load.start();
        // ContactsPage::onLinksLoaded(): the links come first (one database read).
        const QList<Store::Link> links = decoded([this] { return m_fixture.takeLinks(); });
        m_links.setLinks(links);
        linksChanged();
        next([this] { feed(); });
    }

private:
    void next(std::function<void()> step)
    {
        m_step = std::move(step);
        m_turn.start();
    }

    // Decoding a page is RecordMirror's worker thread's work (parsing the response): run
    // here, but not counted in the load time.
    template<typename Take>
    std::invoke_result_t<Take> decoded(Take take)
    {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpu = std::clock();
        auto page = take();
        m_decodeNs += timer.nsecsElapsed();
        m_decodeCpu += std::clock() - cpu;
        return page;
    }

    void linksChanged()
    {
        m_contacts.refreshStatuses();
        m_subscribers.refreshStatuses();
    }

    // One page per turn, GHL and MailerLite interleaved in proportion; each as
    // ContactsPage::onContactsPage() / onSubscribersPage() handle it.
    void feed()
    {
        const qsizetype ghl = m_fixture.contactPages();
        const qsizetype ml = m_fixture.subscriberPages();
        const bool contactsNext
            = m_nextMl >= ml || (m_nextGhl < ghl && m_nextGhl * ml <= m_nextMl * ghl);
        QElapsedTimer page;
        if (contactsNext) {
            const QList<Ghl::Contact> contacts
                = decoded([this] { return m_fixture.takeContactPage(m_nextGhl++); });
            page.start();
            // The page's total (GHL's meta.total): ContactsPage reserves room for it.
            m_links.reserveContacts(m_fixture.contacts());
            m_contacts.reserve(m_fixture.contacts());
            m_links.addContacts(contacts);
            m_contacts.appendContacts(contacts);
        } else {
            const QList<MailerLite::Subscriber> subscribers
                = decoded([this] { return m_fixture.takeSubscriberPage(m_nextMl++); });
            page.start();
            // MailerLite's count, as above.
            m_links.reserveSubscribers(m_fixture.subscribers());
            m_subscribers.reserve(m_fixture.subscribers());
            m_links.addSubscribers(subscribers);
            m_subscribers.appendSubscribers(subscribers);
        }
        linksChanged();
        const double pageMs = msSince(page);
        m_pagesMs += pageMs;
        m_longestPageMs = std::max(m_longestPageMs, pageMs);
        if (m_nextGhl < ghl || m_nextMl < ml) {
            next([this] { feed(); });
            return;
        }
        m_fed = true;
        maybeLoaded();
    }

    void maybeLoaded()
    {
        if (!m_fed || m_loaded || m_contacts.isSweeping() || m_subscribers.isSweeping()) {
            return;
        }
        m_loaded = true;
        next([this] { loaded(); });
    }

    void loaded()
    {
        const double loadMs = msSince(m_load) - static_cast<double>(m_decodeNs) / 1e6;
        const double cpuMs = static_cast<double>(std::clock() - m_cpuStart - m_decodeCpu) * 1000.0
            / CLOCKS_PER_SEC;
        std::fprintf(stderr,
                     "bench_guimodels: loaded %d contacts, %d subscribers, %lld links in %.1f ms "
                     "(cpu %.1f ms); proxy sort column %d\n",
                     m_contacts.rowCount(), m_subscribers.rowCount(),
                     static_cast<long long>(m_fixture.links()), loadMs, cpuMs,
                     m_contactProxy.sortColumn());
        m_result->insert(u"contacts"_s, figure(m_contacts.rowCount(), u"contacts"_s));
        m_result->insert(u"subscribers"_s, figure(m_subscribers.rowCount(), u"subscribers"_s));
        m_result->insert(u"links"_s, figure(m_fixture.links(), u"links"_s));
        m_result->insert(u"load_ms"_s, figure(oneDecimal(loadMs), u"ms"_s, LoadTargetMs));
        m_result->insert(u"load_cpu_ms"_s, figure(oneDecimal(cpuMs), u"ms"_s));
        m_result->insert(u"load_pages_ms"_s, figure(oneDecimal(m_pagesMs), u"ms"_s));
        m_result->insert(u"load_longest_page_ms"_s, figure(oneDecimal(m_longestPageMs), u"ms"_s));
        m_result->insert(u"models_rss_mb"_s,
                         figure(oneDecimal(statusMb("VmRSS") - m_rssBefore), u"MB"_s));

        // What every page costs in the background once loading is slower than a sweep: one
        // full status pass over both tables.
        QElapsedTimer sweep;
        sweep.start();
        m_contacts.refreshStatuses();
        m_subscribers.refreshStatuses();
        m_contacts.flushStatuses();
        m_subscribers.flushStatuses();
        m_result->insert(u"status_sweep_ms"_s, figure(oneDecimal(msSince(sweep)), u"ms"_s));

        QElapsedTimer paint;
        paint.start();
        m_contactView.grab();
        m_subscriberView.grab();
        m_result->insert(u"first_paint_ms"_s, figure(oneDecimal(msSince(paint)), u"ms"_s));
        filter(0);
    }

    struct Search
    {
        bool contacts;
        QString label;
        QString text;
    };

    QList<Search> searches() const
    {
        // As typed into the search boxes: every keystroke filters (textChanged).
        return {{true, u"a"_s, u"a"_s},
                {true, u"an"_s, u"an"_s},
                {true, u"email_domain"_s, u"@example.org"_s},
                {true, u"tag"_s, u"newsletter"_s},
                {true, u"rare_email"_s, m_fixture.rareContactEmail()},
                {true, u"cleared"_s, QString()},
                {true, u"no_match"_s, u"zzqx"_s},
                {true, u"cleared_again"_s, QString()},
                {false, u"a"_s, u"a"_s},
                {false, u"an"_s, u"an"_s},
                {false, u"email_domain"_s, u"@example.org"_s},
                {false, u"rare_email"_s, m_fixture.rareSubscriberEmail()},
                {false, u"cleared"_s, QString()}};
    }

    void filter(qsizetype at)
    {
        const QList<Search> all = searches();
        if (at == all.size()) {
            finish();
            return;
        }
        const Search search = all.at(at);
        RecordFilterProxy &proxy = search.contacts ? m_contactProxy : m_subscriberProxy;
        m_filter.start();
        proxy.setSearchText(search.text);
        next([this, at, search, &proxy] {
            const double ms = msSince(m_filter);
            std::fprintf(stderr, "bench_guimodels: %s filter %-13s -> %6d rows in %.1f ms\n",
                         search.contacts ? "contacts   " : "subscribers", qPrintable(search.label),
                         proxy.rowCount(), ms);
            (search.contacts ? m_contactFilterMs : m_subscriberFilterMs).append(ms);
            if (search.contacts) {
                m_result->insert(u"contacts_filter_%1_ms"_s.arg(search.label),
                                 figure(oneDecimal(ms), u"ms"_s, FilterTargetMs));
            }
            filter(at + 1);
        });
    }

    void finish()
    {
        for (const auto &[name, values] : {std::pair {u"contacts"_s, m_contactFilterMs},
                                           std::pair {u"subscribers"_s, m_subscriberFilterMs}}) {
            m_result->insert(name + u"_filter_max_ms"_s,
                             figure(oneDecimal(*std::max_element(values.begin(), values.end())),
                                    u"ms"_s, FilterTargetMs));
            m_result->insert(name + u"_filter_median_ms"_s,
                             figure(oneDecimal(median(values)), u"ms"_s, FilterTargetMs));
        }
        QCoreApplication::exit(0);
    }

    GuiModelsFixture m_fixture;
    QJsonObject *m_result;
    QObject m_context;
    QTimer m_turn;
    std::function<void()> m_step;
    Session::LinkIndex m_links;
    ContactTableModel m_contacts;
    SubscriberTableModel m_subscribers;
    RecordFilterProxy m_contactProxy;
    RecordFilterProxy m_subscriberProxy;
    QTableView m_contactView;
    QTableView m_subscriberView;
    QElapsedTimer m_load;
    QElapsedTimer m_filter;
    std::clock_t m_cpuStart = 0;
    double m_rssBefore = 0;
    double m_longestPageMs = 0;
    double m_pagesMs = 0;
    qint64 m_decodeNs = 0;
    std::clock_t m_decodeCpu = 0;
    qsizetype m_nextGhl = 0;
    qsizetype m_nextMl = 0;
    bool m_fed = false;
    bool m_loaded = false;
    QList<double> m_contactFilterMs;
    QList<double> m_subscriberFilterMs;
};

} // namespace

int main(int argc, char *argv[])
{
    // Headless wherever it runs: the views are never shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const bool quick = QCoreApplication::arguments().contains(u"--quick"_s);

    GuiModelsFixture fixture
        = GuiModelsFixture::generate(quick ? QuickContacts : FullContacts, Seed);
    QJsonObject result;
    result.insert(u"generation_peak_rss_mb"_s, figure(oneDecimal(statusMb("VmHWM")), u"MB"_s));
    // The generator's JSON is gone; hand its pages back (glibc keeps freed memory otherwise),
    // so the peak below is Qt, the serialized pages and what the models and views hold.
    malloc_trim(0);
    const bool reset = resetPeakRss();
    if (fixture.contacts() == 0 || fixture.rareContactEmail().isEmpty()
        || fixture.rareSubscriberEmail().isEmpty()) {
        std::fputs("bench_guimodels: the generated contacts did not parse\n", stderr);
        return 1;
    }
    {
        Bench bench(std::move(fixture), &result);
        bench.start();
        QCoreApplication::exec();
    }
    result.insert(reset ? u"peak_rss_mb"_s : u"peak_rss_mb_incl_generation"_s,
                  figure(oneDecimal(statusMb("VmHWM")), u"MB"_s, RssTargetMb));
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}
