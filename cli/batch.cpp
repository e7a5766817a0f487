#include "batch.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <numeric>
#include <map>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace qrdiag::cli {

namespace {

BatchResult diagnose_item(const BatchItem& item, CheckOptions options)
{
    const auto start = std::chrono::steady_clock::now();
    options.annotate_path = item.annotate_path;
    BatchResult result{diagnose_file(item.path, options), 0};
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

// Largest files first: the biggest photos cost the most, and a worker that starts one last would leave
// the others idle at the end of the batch. Results are still delivered in input order.
std::vector<std::size_t> largest_first(const std::vector<BatchItem>& items)
{
    std::vector<std::uintmax_t> sizes(items.size(), 0);
    for (std::size_t i = 0; i < items.size(); ++i) {
        std::error_code ec;
        const auto size = std::filesystem::file_size(items[i].path, ec);
        if (!ec) sizes[i] = size;
    }
    std::vector<std::size_t> order(items.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return sizes[a] > sizes[b]; });
    return order;
}

}  // namespace

void run_batch(const std::vector<BatchItem>& items, const CheckOptions& options, unsigned jobs,
               const std::function<void(std::size_t, BatchResult&&)>& deliver,
               const std::function<void(std::size_t)>& on_progress)
{
    if (jobs <= 1 || items.size() <= 1) {
        for (std::size_t i = 0; i < items.size(); ++i) {
            deliver(i, diagnose_item(items[i], options));
            on_progress(i + 1);
        }
        return;
    }

    // One diagnosis per worker and core: OpenCV's own pool would only make the workers wait for each other.
    set_threads_per_diagnosis(1);
    std::mutex mutex;
    std::condition_variable finished_one;
    std::vector<std::pair<std::size_t, BatchResult>> finished;  // handed over by the workers
    std::atomic<std::size_t> next_item{0};
    const std::vector<std::size_t> order = largest_first(items);

    auto worker = [&] {
        for (std::size_t k; (k = next_item.fetch_add(1)) < items.size();) {
            const std::size_t i = order[k];
            BatchResult result = diagnose_item(items[i], options);
            {
                std::lock_guard lock(mutex);
                finished.emplace_back(i, std::move(result));
            }
            finished_one.notify_one();
        }
    };
    std::vector<std::jthread> workers;
    const auto count = static_cast<unsigned>(std::min<std::size_t>(jobs, items.size()));
    for (unsigned k = 0; k < count; ++k) workers.emplace_back(worker);

    std::map<std::size_t, BatchResult> held;  // finished out of order, waiting for their turn
    std::size_t next_to_deliver = 0, done = 0;
    while (next_to_deliver < items.size()) {
        std::vector<std::pair<std::size_t, BatchResult>> arrived;
        {
            std::unique_lock lock(mutex);
            finished_one.wait(lock, [&] { return !finished.empty(); });
            arrived.swap(finished);
        }
        done += arrived.size();
        for (auto& [index, result] : arrived) held.emplace(index, std::move(result));
        on_progress(done);
        for (auto it = held.begin(); it != held.end() && it->first == next_to_deliver; it = held.erase(it)) {
            deliver(next_to_deliver, std::move(it->second));
            ++next_to_deliver;
        }
    }
}

}  // namespace qrdiag::cli
