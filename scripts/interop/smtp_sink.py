#!/usr/bin/env python3
"""An SMTP server for the tests, from aiosmtpd (PyPI): STARTTLS required with the given certificate, every message
kept as DIR/N.eml, and for each a line "N tls=yes|no from to subject" (the subject decoded by Python's email module)
appended to DIR/received.txt. With --fail-first N it answers the first N messages "451" (try again later).

Usage: smtp_sink.py --port PORT --dir DIR --cert CERT.pem --key KEY.pem [--fail-first N]
Prints "ready" once it listens; stops when its standard input closes (so it never outlives the test).
"""
import argparse
import email
import email.policy
import pathlib
import ssl
import sys
import threading

from aiosmtpd.controller import Controller

parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, required=True)
parser.add_argument("--dir", type=pathlib.Path, required=True)
parser.add_argument("--cert", required=True)
parser.add_argument("--key", required=True)
parser.add_argument("--fail-first", type=int, default=0)
args = parser.parse_args()


class Sink:
    def __init__(self):
        self.lock = threading.Lock()
        self.count = 0
        self.failures_left = args.fail_first

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            if self.failures_left > 0:
                self.failures_left -= 1
                return "451 4.3.0 try again later"
            self.count += 1
            number = self.count
        (args.dir / f"{number}.eml").write_bytes(envelope.content)
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        body = message.get_content().strip().replace("\n", " / ")
        line = (f"{number} tls={'yes' if session.ssl else 'no'} {envelope.mail_from} {','.join(envelope.rcpt_tos)}"
                f" | {message['subject']} | {body}\n")
        with open(args.dir / "received.txt", "a", encoding="utf-8") as out:
            out.write(line)
        return "250 OK"


context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
context.load_cert_chain(args.cert, args.key)
controller = Controller(Sink(), hostname="127.0.0.1", port=args.port, tls_context=context, require_starttls=True)
controller.start()
print("ready", flush=True)
sys.stdin.read()
controller.stop()
sys.exit(0)
