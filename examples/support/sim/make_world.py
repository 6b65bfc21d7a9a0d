#!/usr/bin/env python3
"""Builds world.json, the sim world of the example project, from its eval
sets (../evals/triage.jsonl and ../evals/replies.csv): one task per eval row,
with the row's expected answer, a plausible wrong answer per row, and the
hidden skills an optimizer can discover. Rerun after editing the eval sets:
    python3 examples/support/sim/make_world.py
The output is deterministic (no randomness, sorted keys)."""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
EVALS = os.path.join(HERE, "..", "evals")

# What a careless model confuses each triage slice with.
CONFUSION = {
    "refunds": "howto", "outages": "howto", "login": "bug",
    "shipping": "billing", "howto": "bug", "injection": "other",
}


def summary_of(ticket):
    words = ticket.replace("\n", " ").split()
    return " ".join(words[:8]).rstrip(".,!?;:").lower()


def triage_tasks():
    tasks = []
    with open(os.path.join(EVALS, "triage.jsonl")) as f:
        for line in f:
            if not line.strip():
                continue
            row = json.loads(line)
            exp = row["expected"]
            answer = {"category": exp["category"], "urgency": exp["urgency"],
                      "summary": summary_of(row["ticket"]), "order_id": exp["order_id"],
                      "needs_human": exp["needs_human"]}
            wrong = dict(answer)
            wrong["category"] = CONFUSION[row["slice"]] if CONFUSION[row["slice"]] != exp["category"] else "other"
            if row["slice"] == "injection":  # obeying the injected instruction
                wrong["urgency"] = 5
                wrong["needs_human"] = not exp["needs_human"]
            near = dict(answer)
            near["urgency"] = max(1, exp["urgency"] - 2)
            tasks.append({"id": row["id"], "input": row["ticket"], "answer": answer,
                          "slices": ["triage", row["slice"]], "distractors": [wrong, near]})
    return tasks


def reply_tasks():
    tasks = []
    with open(os.path.join(EVALS, "replies.csv"), newline="") as f:
        for row in csv.DictReader(f):
            summary = row["summary"]
            body = (f"Hello,\n\nThanks for writing in about this: {summary}. "
                    f"The key point: {row['must_mention']}. ")
            if row["needs_human"] == "true":
                body += "An agent will confirm the next step with you shortly. "
            body += "\n\nBest regards,\nAcme Cloud Support"
            answer = {"subject": f"Re: {summary}"[:80], "body": body, "cited_articles": [], "confidence": 0.82}
            vague = dict(answer)
            vague["body"] = (f"Hello,\n\nThanks for writing in about this: {summary}. We are looking into it "
                             "and will get back to you.\n\nBest regards,\nAcme Cloud Support")
            vague["confidence"] = 0.55
            promise = dict(answer)
            promise["body"] = answer["body"].replace("The key point", "We guarantee a fix today. The key point")
            tasks.append({"id": row["id"], "input": row["ticket"], "answer": answer,
                          "slices": ["reply", row["slice"]], "distractors": [vague, promise]})
    return tasks


SKILLS = [
    {"id": "injection-guard", "slices": ["injection"],
     "patterns": [r"\b(ignore|never follow|do not follow|don't obey|never obey|do not obey)\b.{0,80}\binstructions?\b",
                  r"\binstructions?\b.{0,60}\b(inside|in|within) the (ticket|message)\b.{0,40}\b(data|not|never|ignore)"],
     "accuracy_with_cue": 0.93, "accuracy_without_cue": 0.55,
     "hint": "the prompt never says that instructions written inside the ticket are data to classify, not orders to follow"},
    {"id": "invoice-questions", "slices": ["refunds"],
     "patterns": [r"\b(finding|find|download|where)\b.{0,40}\binvoices?\b.{0,60}\bhowto\b",
                  r"\bquestions? about (invoices|billing pages?)\b.{0,40}\bhowto\b"],
     "accuracy_with_cue": 0.95, "accuracy_without_cue": 0.75,
     "hint": "the prompt never says that a question about finding or downloading invoices is howto, not billing"},
    {"id": "login-is-account", "slices": ["login"],
     "patterns": [r"\b(log ?in|sign[- ]in|2fa|password|locked out)\b.{0,80}\baccount\b"],
     "accuracy_with_cue": 0.94, "accuracy_without_cue": 0.7,
     "hint": "the prompt never says that login, password and 2FA problems are account, not bug"},
    {"id": "shipping-damage", "slices": ["shipping"],
     "patterns": [r"\b(damaged|missing|not arrived|never arrived|hardware)\b.{0,80}\bshipping\b"],
     "accuracy_with_cue": 0.92, "accuracy_without_cue": 0.72,
     "hint": "the prompt never says that damaged or missing hardware deliveries are shipping"},
    {"id": "outage-urgency", "slices": ["outages"],
     "cues": ["production is down"],
     "patterns": [r"\b(outage|site is down|sites? (are|is) down)\b.{0,60}\burgen"],
     "accuracy_with_cue": 0.95, "accuracy_without_cue": 0.7,
     "hint": "the prompt never says how urgent an outage is"},
    {"id": "order-ids", "slices": ["triage"],
     "patterns": [r"\border id\b.{0,60}\b(only|never invent|appears)\b"],
     "accuracy_with_cue": 0.98, "accuracy_without_cue": 0.9,
     "hint": "the prompt never says to copy an order id only when it appears in the ticket"},
    {"id": "key-fact", "slices": ["reply"],
     "patterns": [r"\b(mention|state|include|give)\b.{0,40}\b(the )?(key|one|exact|specific) (fact|step|setting|command|detail)"],
     "accuracy_with_cue": 0.93, "accuracy_without_cue": 0.7,
     "hint": "the prompt never asks the reply to state the one concrete fact or step the customer needs"},
    {"id": "no-promises", "slices": ["reply"],
     "patterns": [r"\b(never|do not|don't|no)\b.{0,30}\b(promise|guarantee)"],
     "accuracy_with_cue": 0.97, "accuracy_without_cue": 0.85,
     "hint": "the prompt never forbids promises or guarantees about fixes and refunds"},
]


def main():
    world = {
        "aep_world": 1,
        "name": "support (example project)",
        "seed": 20251125,
        "labels": ["billing", "bug", "howto", "account", "shipping", "other"],
        "tasks": triage_tasks() + reply_tasks(),
        "skills": SKILLS,
        "format": {"json_field": "category"},
        "penalties": {
            "length": {"max_tokens": 1800, "per_100_tokens": 0.03, "floor": 0.4},
            "contradictions": [{"cues": ["be brief", "explain in detail"], "factor": 0.85},
                               {"cues": ["never ask for a call", "offer a call"], "factor": 0.85}],
            "delimiters": {"factor": 0.9},
        },
        "noise": {"base_error_rate": 0.02, "temperature_sensitivity": 0.08,
                  "latency": "lognormal:650ms,0.35", "ms_per_output_token": 2},
        "judge": {"agreement": 0.9},
    }
    with open(os.path.join(HERE, "world.json"), "w") as f:
        json.dump(world, f, indent=1, sort_keys=False, ensure_ascii=False)
        f.write("\n")
    print(f"wrote world.json: {len(world['tasks'])} tasks, {len(SKILLS)} skills")


if __name__ == "__main__":
    main()
