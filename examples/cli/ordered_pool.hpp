// An ordered parallel map with bounded memory: tasks come from a source one
// at a time, run on a pool of threads, and their outcomes are delivered on
// the calling thread in the order the tasks came, whatever order they finish.
//
// At most `window` tasks are in flight (read but not yet delivered): that
// caps both the queue of waiting tasks and the reorder buffer of finished
// ones, so a corpus of any size runs in the memory of `window` inputs.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace artnorm_cli {

// next_task() -> std::optional<Task>: called on the calling thread; nullopt ends.
// process(Task&) -> Outcome: called on the pool threads, concurrently.
// deliver(Outcome&): called on the calling thread, in task order.
// An exception from process() is rethrown on the calling thread after the
// pool stopped; process should report ordinary failures in its Outcome.
template <class Task, class Outcome, class NextTask, class Process, class Deliver>
void run_ordered(std::size_t jobs, std::size_t window, NextTask&& next_task, Process&& process,
                 Deliver&& deliver) {
    if (jobs == 0) jobs = 1;
    if (window < jobs) window = jobs;

    std::mutex mutex;
    std::condition_variable task_ready;     // workers wait for tasks
    std::condition_variable outcome_ready;  // the caller waits for outcomes
    std::deque<std::pair<std::size_t, Task>> queue;
    std::map<std::size_t, Outcome> finished;  // the reorder buffer
    bool no_more_tasks = false;
    std::exception_ptr failure;

    auto work = [&] {
        std::unique_lock lock(mutex);
        while (true) {
            task_ready.wait(lock, [&] { return !queue.empty() || no_more_tasks; });
            if (queue.empty()) return;
            auto [index, task] = std::move(queue.front());
            queue.pop_front();
            lock.unlock();
            std::optional<Outcome> outcome;
            std::exception_ptr error;
            try {
                outcome.emplace(process(task));
            } catch (...) {
                error = std::current_exception();
            }
            lock.lock();
            if (error) {
                if (!failure) failure = error;
            } else {
                finished.emplace(index, std::move(*outcome));
            }
            outcome_ready.notify_one();
        }
    };

    std::vector<std::jthread> pool;
    pool.reserve(jobs);
    for (std::size_t i = 0; i < jobs; ++i) pool.emplace_back(work);

    auto stop_pool = [&] {
        {
            const std::lock_guard lock(mutex);
            no_more_tasks = true;
            queue.clear();  // empty already, unless a failure cut the run short
        }
        task_ready.notify_all();
        pool.clear();  // joins
    };

    std::size_t issued = 0;     // tasks handed to the pool
    std::size_t delivered = 0;  // outcomes handed to deliver()
    bool source_done = false;
    try {
        while (!source_done || delivered < issued) {
            // Deliver what is ready first; read more only while the window has room.
            std::optional<Outcome> ready;
            {
                std::unique_lock lock(mutex);
                const bool can_read = !source_done && issued - delivered < window;
                if (!can_read) {
                    outcome_ready.wait(lock,
                                       [&] { return failure || finished.contains(delivered); });
                }
                if (failure) break;
                if (auto node = finished.extract(delivered)) ready.emplace(std::move(node.mapped()));
            }
            if (ready) {
                deliver(*ready);
                ++delivered;
                continue;
            }
            std::optional<Task> task = next_task();  // without the lock: may block on I/O
            if (!task) {
                source_done = true;
                continue;
            }
            {
                const std::lock_guard lock(mutex);
                queue.emplace_back(issued++, std::move(*task));
            }
            task_ready.notify_one();
        }
    } catch (...) {
        stop_pool();
        throw;
    }
    stop_pool();
    if (failure) std::rethrow_exception(failure);
}

}  // namespace artnorm_cli
