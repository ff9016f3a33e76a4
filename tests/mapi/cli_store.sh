#!/bin/sh
# cli_store.sh - black-box test of mapix's store commands (stores, folders,
# ls, show, put, mkdir, rmdir, mv, cp, rm) against a private state
# directory, a profile with the MAPIX_LOCAL personal store and the source
# tree's service catalog: output, JSON, exit codes (0 ok, 1 failure,
# 2 usage), error messages, the --where/--sort/--columns syntax.
# Usage: cli_store.sh PATH-TO-MAPIX PATH-TO-MAPISVC.INF.  Prints TAP.
set -u

MAPIX=${1:?usage: cli_store.sh PATH-TO-MAPIX PATH-TO-MAPISVC.INF}
CATALOG=${2:?usage: cli_store.sh PATH-TO-MAPIX PATH-TO-MAPISVC.INF}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/mapix-store-cli-XXXXXX") || exit 1
trap 'rm -rf "$TMP"' EXIT INT TERM
STATE="$TMP/state"
export MAPIX_STATE_DIR="$STATE"
export MAPIX_CONFIG="$TMP/mapix.conf"
export MAPIX_PWHASH_FAST=1
printf 'catalog = %s\nstate_dir = %s\n' "$CATALOG" "$STATE" >"$MAPIX_CONFIG"

n=0
failed=0
# result STATUS DESCRIPTION: one TAP line, ok for STATUS 0; counts
# failures and returns STATUS.
result() {
	n=$((n + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $n - $2"
		return 0
	fi
	echo "not ok $n - $2"
	failed=$((failed + 1))
	return 1
}

# check WANT_STATUS DESCRIPTION COMMAND...: runs the command with stdin
# from /dev/null, keeps stdout in $TMP/out and stderr in $TMP/err.
check() {
	want=$1 desc=$2
	shift 2
	"$@" </dev/null >"$TMP/out" 2>"$TMP/err"
	got=$?
	[ "$got" -eq "$want" ]
	result $? "$desc" || {
		echo "# exit $got, wanted $want"
		sed 's/^/# /' "$TMP/err"
	}
}

# expect FILE TEXT DESCRIPTION: FILE ($TMP/out or $TMP/err) contains TEXT.
expect() {
	grep -qF -- "$2" "$TMP/$1"
	result $? "$3" || {
		echo "# no '$2' in $1"
		sed 's/^/# /' "$TMP/$1"
	}
}

# json PYTHON-EXPRESSION DESCRIPTION: $TMP/out parses as JSON (bound to
# `d`) and the expression is true.  subjects(d) lists the PR_SUBJECT_W
# column of an `ls` document; names(d) the folder names of `folders`.
json() {
	python3 -c '
import json, sys
def subjects(x):
    return [r.get("PR_SUBJECT_W") for r in x["rows"]]
def names(x):
    return [f["name"] for f in x]
def paths(x):
    return [f["path"] for f in x]
d = json.load(open(sys.argv[2], encoding="utf-8"))
sys.exit(0 if eval(sys.argv[1]) else 1)' "$1" "$TMP/out" 2>"$TMP/pyerr"
	result $? "$2" || sed 's/^/# /' "$TMP/pyerr" "$TMP/out"
}

# expect_line FILE LINE DESCRIPTION: FILE has LINE as a whole line.
expect_line() {
	grep -qxF -- "$2" "$TMP/$1"
	result $? "$3" || {
		echo "# no line '$2' in $1"
		sed 's/^/# /' "$TMP/$1"
	}
}

# prop INDENT NAME VALUE: the line `show` prints for a property, the
# name padded to its column (print.h).
prop() {
	printf '%*s%-32s = %s' "$1" '' "$2" "$3"
}

# ok_if DESCRIPTION TEST-ARGS...: one test point for a shell `test`.
ok_if() {
	desc=$1
	shift
	test "$@"
	result $? "$desc"
}

M="$MAPIX"

# Help and usage, before any profile exists.
check 0 "mapix --help lists the store commands" $M --help
expect out "folders [--tree]" "help names folders"
expect out "--profile NAME" "help names --profile"
for c in stores folders ls show put mkdir rmdir mv cp rm; do
	check 0 "$c --help" $M $c --help
	expect out "Usage: mapix [--profile NAME] $c" "$c help text"
done
check 0 "ls --help documents --where" $M ls --help
expect out 'TAG ~ "text"' "ls help shows the ~ operator"
check 2 "ls without FOLDER" $M ls
expect err "missing argument" "says the argument is missing"
check 2 "ls with two folders" $M ls a b
check 2 "ls --tree is not an ls option" $M ls Inbox --tree
expect err "no such option '--tree'" "names the misplaced option"
check 2 "ls --bogus" $M ls Inbox --bogus
expect err "unknown option '--bogus'" "names the unknown option"
check 2 "ls --subject x (an option of put)" $M ls Inbox --subject x
expect err "no such option '--subject'" "names the option, not its value"
check 2 "ls --where without a value" $M ls Inbox --where
expect err "needs a value" "says the value is missing"
check 2 "ls --limit x" $M ls Inbox --limit x
check 2 "ls --limit -1" $M ls Inbox --limit -1
check 2 "rmdir takes no --json" $M rmdir x --json
check 2 "global --json on rm" $M --json rm 00
check 2 "put without --subject" $M put Inbox
expect err "--subject is required" "says --subject is required"
check 2 "put --named without =" $M put Inbox --subject s --named x
check 2 "rm of a path" $M rm Inbox
expect err "not a message entry ID" "rm wants entry IDs"

# No profile yet: logging on fails.
check 1 "stores without a default profile" $M stores
expect err "mapix: log on to the default profile: " "names the failed logon"
check 1 "stores --profile nosuch" $M --profile nosuch stores
expect err "log on to profile 'nosuch'" "names the profile"

# A profile with a personal store.
check 0 "profile create P" $M profile create P
check 0 "MAPIX_LOCAL service" $M profile service add P MAPIX_LOCAL \
	"PR_PST_PATH_W=$TMP/store"
# Without the store nothing below can pass: stop with the reason.
if [ "$failed" -ne 0 ]; then
	echo "Bail out! no profile with a personal store"
	exit 1
fi
check 1 "no default profile yet" $M stores
check 0 "stores --profile P" $M --profile P stores
expect out "* " "the store is marked default"
check 0 "profile default P" $M profile default P

# stores
check 0 "stores --json" $M stores --json
json 'len(d) == 1 and d[0]["default"] is True and len(d[0]["entryid"]) > 32 and isinstance(d[0]["name"], str)' "stores JSON"
check 0 "per-command --profile" $M stores --profile P --json
json 'len(d) == 1' "stores JSON with per-command --profile"

# folders
check 0 "folders --json" $M folders --json
json '"Inbox" in names(d) and "Drafts" in names(d) and all(f["depth"] == 1 for f in d)' "the standard folders, top level"
json 'all(set(f) == {"name", "path", "depth", "count", "unread", "subfolders", "entryid"} for f in d)' "folders JSON keys"

# mkdir
check 0 "mkdir Inbox/Projects" $M mkdir Inbox/Projects
check 0 "mkdir Inbox/Projects/Old --json" $M mkdir Inbox/Projects/Old --json
json 'len(d["entryid"]) > 32' "mkdir prints the entry ID"
OLD_EID=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["entryid"])' "$TMP/out")
check 0 "mkdir Archive (top level)" $M mkdir Archive --json
ARCH_EID=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["entryid"])' "$TMP/out")
check 1 "mkdir Inbox/Projects again" $M mkdir Inbox/Projects
expect err "mkdir 'Inbox/Projects'" "names the folder"
check 1 "mkdir below a missing folder" $M mkdir Nope/X
expect err "(MAPI_E_NOT_FOUND)" "missing parent is MAPI_E_NOT_FOUND"
check 0 "folders --tree --json" $M folders --tree --json
json '"Inbox/Projects/Old" in paths(d) and "Archive" in paths(d)' "tree paths"
json '[f["depth"] for f in d if f["path"] == "Inbox/Projects/Old"] == [3]' "depth of a third-level folder"
json '[f["subfolders"] for f in d if f["path"] == "Inbox/Projects"] == [True]' "Projects has subfolders"
check 0 "folders --tree" $M folders --tree
expect out "    Old" "the tree is indented"
check 0 "folders (top level only)" $M folders --json
json '"Projects" not in names(d)' "no subfolders without --tree"

# put
check 0 "put report" $M put Inbox --subject "Quarterly report" \
	--body "Numbers inside." --from Alice --to bob@example.org \
	--date 2026-11-03T10:00:00Z --set PR_IMPORTANCE=2 \
	--named Project=Apollo
E1=$(cat "$TMP/out")
check 0 "put lunch" $M put inbox --subject "Lunch" --from Bob \
	--date 2026-11-04 --unread
E2=$(cat "$TMP/out")
check 0 "put re: report" $M --json put Inbox --subject 're: REPORT "final"' \
	--from Carol --date 2026-11-01 --set PR_IMPORTANCE=0
json 'len(d["entryid"]) > 32' "put --json prints the entry ID"
E3=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["entryid"])' "$TMP/out")
check 0 "put in a subfolder" $M put Inbox/Projects --subject "Plan" \
	--date 2026-10-01
check 2 "put --set of an unknown tag" $M put Inbox --subject s \
	--set PR_NOPE=1
expect err "unknown property tag 'PR_NOPE'" "names the unknown tag"
check 2 "put --set of a bad value" $M put Inbox --subject s \
	--set PR_IMPORTANCE=high
expect err "'high' is not a value of type PT_LONG" "names the bad value"
check 2 "put --date that is no date" $M put Inbox --subject s \
	--date 2026-02-30
check 1 "put into a missing folder" $M put Nope --subject s
expect err "(MAPI_E_NOT_FOUND)" "missing folder is MAPI_E_NOT_FOUND"

check 0 "folders --json after put" $M folders --json
json '[(f["count"], f["unread"]) for f in d if f["name"] == "Inbox"] == [(3, 1)]' "Inbox counts 3 messages, 1 unread"

# ls
check 0 "ls Inbox" $M ls Inbox
expect out "Quarterly report" "ls shows a subject"
expect out "2026-11-03T10:00:00Z" "ls shows the delivery time"
check 0 "ls Inbox --json" $M ls Inbox --json
json 'd["total"] == 3 and len(d["rows"]) == 3 and d["columns"] == ["PR_ENTRYID", "PR_MESSAGE_DELIVERY_TIME", "PR_SENDER_NAME_W", "PR_SUBJECT_W"]' "ls JSON, default columns"
json 'sorted(r["PR_ENTRYID"] for r in d["rows"]) == sorted(["'"$E1"'", "'"$E2"'", "'"$E3"'"])' "ls lists the entry IDs put printed"
check 0 "ls --sort -PR_MESSAGE_DELIVERY_TIME" $M ls Inbox --json \
	--sort -PR_MESSAGE_DELIVERY_TIME
json 'subjects(d) == ["Lunch", "Quarterly report", "re: REPORT \"final\""]' "newest first"
check 0 "ls --sort PR_SUBJECT" $M ls Inbox --json --sort PR_SUBJECT
json 'subjects(d) == ["Lunch", "Quarterly report", "re: REPORT \"final\""]' "by subject ascending"
check 0 "ls --sort two keys" $M ls Inbox --json \
	--sort "-PR_IMPORTANCE, PR_SUBJECT"
json 'subjects(d) == ["Quarterly report", "re: REPORT \"final\"", "Lunch"]' "by importance descending (missing last), then subject"
check 0 "ls --where contains" $M ls Inbox --json --where 'PR_SUBJECT ~ "report"'
json 'sorted(subjects(d)) == ["Quarterly report", "re: REPORT \"final\""] and d["total"] == 2' "~ matches without case"
check 0 "ls --where prefix" $M ls Inbox --json --where 'PR_SUBJECT_W ^ re:'
json 'subjects(d) == ["re: REPORT \"final\""]' "^ matches a prefix"
check 0 "ls --where escaped quote" $M ls Inbox --json \
	--where 'PR_SUBJECT = "re: report \"final\""'
json 'len(d["rows"]) == 1' "= with an escaped quote, any case"
check 0 "ls --where and/not" $M ls Inbox --json \
	--where 'PR_SUBJECT ~ report and not PR_IMPORTANCE = 0'
json 'subjects(d) == ["Quarterly report"]' "and, not"
check 0 "ls --where or, parentheses" $M ls Inbox --json --sort PR_SUBJECT \
	--where '(PR_IMPORTANCE >= 2 or PR_SENDER_NAME = Bob) and exists PR_SUBJECT'
json 'subjects(d) == ["Lunch", "Quarterly report"]' "or, parentheses, exists"
check 0 "ls --where exists" $M ls Inbox --json --where 'exists PR_IMPORTANCE'
json 'len(d["rows"]) == 2' "exists"
check 0 "ls --where date" $M ls Inbox --json --sort PR_SUBJECT \
	--where 'PR_MESSAGE_DELIVERY_TIME >= 2026-11-03 and PR_MESSAGE_DELIVERY_TIME < "2026-11-04T00:00:00Z"'
json 'subjects(d) == ["Quarterly report"]' "ISO dates"
check 0 "ls --where hex tag" $M ls Inbox --json --where '0x00170003 = 0x2'
json 'subjects(d) == ["Quarterly report"]' "hex tag and hex value"
check 0 "ls --where no match" $M ls Inbox --json --where 'PR_SUBJECT = nothing'
json 'd["rows"] == [] and d["total"] == 0' "empty result"
check 0 "ls --limit 2" $M ls Inbox --json --limit 2 --sort PR_SUBJECT
json 'subjects(d) == ["Lunch", "Quarterly report"] and d["total"] == 3' "limit"
check 0 "ls --limit 0" $M ls Inbox --json --limit 0
json 'd["rows"] == []' "limit 0"
check 0 "ls --columns" $M ls Inbox --json --sort PR_SUBJECT \
	--columns PR_SUBJECT,PR_IMPORTANCE,PR_BODY_W
json 'd["columns"] == ["PR_SUBJECT_W", "PR_IMPORTANCE", "PR_BODY_W"] and d["rows"][0] == {"PR_SUBJECT_W": "Lunch", "PR_IMPORTANCE": None, "PR_BODY_W": None} and d["rows"][1]["PR_IMPORTANCE"] == 2' "columns, missing values null"
check 0 "ls --columns (text)" $M ls Inbox --columns PR_SUBJECT --sort PR_SUBJECT
expect out "# PR_SUBJECT_W" "text header names the columns"
# For people a value is written as --where reads it back: strings quoted
# with JSON's escapes, numbers bare, "-" for no value.
check 0 "ls two columns (text)" $M ls Inbox --columns PR_SUBJECT,PR_IMPORTANCE \
	--sort PR_SUBJECT
printf '%s\n' '# PR_SUBJECT_W  PR_IMPORTANCE' '"Lunch"  -' \
	'"Quarterly report"  2' '"re: REPORT \"final\""  0' >"$TMP/want"
cmp -s "$TMP/want" "$TMP/out"
result $? "ls text: strings quoted and escaped, numbers bare" ||
	diff "$TMP/want" "$TMP/out" | sed 's/^/# /'
check 0 "ls PR_ENTRYID (text)" $M ls Inbox --columns PR_ENTRYID \
	--where 'PR_SUBJECT = Lunch'
ok_if "ls prints an entry ID as show and rm take it" \
	"$(sed -n 2p "$TMP/out")" = "$E2"
check 0 "ls a subfolder by path" $M ls inbox/projects --json
json 'subjects(d) == ["Plan"]' "subfolder contents"
check 0 "ls a folder by entry ID" $M ls "$OLD_EID" --json
json 'd["rows"] == []' "folder by entry ID"

# Bad query input: usage errors with a position, never a crash.
check 2 "where: missing value" $M ls Inbox --where 'PR_SUBJECT ~'
expect err "--where: at column 13: expected a value" "position of a missing value"
check 2 "where: unknown tag" $M ls Inbox --where 'PR_NOPE = 1'
expect err "unknown property tag 'PR_NOPE'" "names the unknown tag"
check 2 "where: bad number" $M ls Inbox --where 'PR_IMPORTANCE = abc'
expect err "not a value of type PT_LONG" "names the type"
check 2 "where: unbalanced" $M ls Inbox --where '(PR_IMPORTANCE = 1'
expect err "expected ')'" "unbalanced parenthesis"
check 2 "where: unterminated string" $M ls Inbox --where 'PR_SUBJECT = "abc'
expect err "unterminated string" "unterminated string"
check 2 "where: trailing junk" $M ls Inbox --where 'PR_IMPORTANCE = 1 2'
check 2 "where: ~ on a number" $M ls Inbox --where 'PR_IMPORTANCE ~ 1'
check 2 "where: empty" $M ls Inbox --where ''
check 2 "where: bad character" $M ls Inbox --where 'PR_IMPORTANCE % 1'
check 2 "where: deep nesting" $M ls Inbox --where \
	"$(printf 'not %.0s' $(seq 1 200))PR_IMPORTANCE = 1"
expect err "nested more than" "nesting is limited"
check 2 "sort: unknown tag" $M ls Inbox --sort 'PR_SUBJECT,,'
expect err "--sort: at column 12: expected a property tag" "empty sort key"
check 2 "columns: unknown tag" $M ls Inbox --columns 'PR_SUBJECT,PR_X'
expect err "unknown property tag 'PR_X'" "unknown column"
check 1 "ls unknown folder" $M ls Nope
expect err "(MAPI_E_NOT_FOUND)" "unknown folder is MAPI_E_NOT_FOUND"
expect err "no folder 'Nope'" "names the missing folder"
check 1 "ls unknown subfolder" $M ls Inbox/Nope/Deeper
expect err "no folder 'Nope'" "names the first missing component"
check 1 "ls a message entry ID" $M ls "$E1"
expect err "not a folder" "a message is not a folder"

# show
check 0 "show a message" $M show "$E1"
expect_line out "$(prop 0 PR_SUBJECT_W '"Quarterly report"')" "show prints tag names, strings quoted"
expect out ':Project = "Apollo"' "show resolves named properties"
expect_line out "$(prop 0 PR_IMPORTANCE 2)" "a PT_LONG in decimal alone"
expect_line out "$(prop 0 PR_MESSAGE_DELIVERY_TIME 2026-11-03T10:00:00Z)" "a whole-second time without a fraction"
expect_line out "$(prop 0 PR_ENTRYID "$E1")" "a binary as bare hex, the entry ID put printed"
expect_line out "$(prop 4 PR_EMAIL_ADDRESS_W '"bob@example.org"')" "recipient properties indented, quoted"
expect out "Recipients (1):" "show lists the recipients"
expect out "Attachments (0):" "show lists the attachments"
check 0 "show --json" $M show "$E1" --json
json 'd["type"] == "message" and d["entryid"] == "'"$E1"'"' "show JSON head"
json 'any(p["name"] == "PR_BODY_W" and p["value"] == "Numbers inside." for p in d["properties"])' "body in show JSON"
json 'any(p["name"] == "PR_IMPORTANCE" and p["type"] == "PT_LONG" and p["value"] == 2 for p in d["properties"])' "importance in show JSON"
json '[p["named"] for p in d["properties"] if p["value"] == "Apollo"] == [{"guid": "{00020329-0000-0000-C000-000000000046}", "name": "Project"}]' "named property in PS_PUBLIC_STRINGS"
json 'len(d["recipients"]) == 1 and {(p["name"], p["value"]) for p in d["recipients"][0]} >= {("PR_EMAIL_ADDRESS_W", "bob@example.org"), ("PR_ADDRTYPE_W", "SMTP"), ("PR_RECIPIENT_TYPE", 1)}' "recipient in show JSON"
json 'd["attachments"] == []' "no attachments"
printf 'attachment bytes\n' >"$TMP/note.txt"
check 0 "put with an attachment" $M put "Sent Items" --subject "With file" \
	--attach "$TMP/note.txt"
E4=$(cat "$TMP/out")
check 0 "show the attachment" $M show "$E4" --json
json 'len(d["attachments"]) == 1 and {(p["name"], p["value"]) for p in d["attachments"][0]} >= {("PR_ATTACH_FILENAME_W", "note.txt"), ("PR_ATTACH_METHOD", 1)}' "attachment listed by name"
json '[p["value"] for p in d["attachments"][0] if p["name"] == "PR_ATTACH_SIZE"][0] >= 17' "attachment size"
json 'not any(p["name"] == "PR_ATTACH_DATA_BIN" for p in d["attachments"][0])' "attachment data left out"
json 'any(p["name"] == "PR_HASATTACH" and p["value"] is True for p in d["properties"])' "message has an attachment"
check 0 "show the attachment (text)" $M show "$E4"
expect out "Attachments (1):" "text lists one attachment"
expect_line out "$(prop 4 PR_ATTACH_FILENAME_W '"note.txt"')" "text names the file"
check 1 "put --attach of a missing file" $M put "Sent Items" --subject x \
	--attach "$TMP/nope"
expect err "cannot read the file (MAPI_E_NOT_FOUND)" "names the unreadable file"
check 0 "ls Sent Items" $M ls "sent items" --json
json 'subjects(d) == ["With file"]' "a failed put leaves no message"
check 0 "show a folder by path" $M show Inbox/Projects --json
json 'd["type"] == "folder" and any(p["name"] == "PR_DISPLAY_NAME_W" and p["value"] == "Projects" for p in d["properties"]) and "recipients" not in d' "folder show JSON"
# Values with control characters, a fraction of a second, no bytes.
check 0 "mkdir Values" $M mkdir Values
check 0 "put odd values" $M put Values --subject "$(printf 'tab\there')" \
	--body "$(printf 'one\r\ntwo')" --date 2026-11-04T10:00:00.5Z \
	--set 'PR_SEARCH_KEY=""'
E5=$(cat "$TMP/out")
check 0 "show odd values (text)" $M show "$E5"
expect_line out "$(prop 0 PR_SUBJECT_W '"tab\there"')" "a tab shown as backslash t"
expect_line out "$(prop 0 PR_BODY_W '"one\r\ntwo"')" "CR LF shown as backslash r, backslash n"
expect_line out "$(prop 0 PR_MESSAGE_DELIVERY_TIME 2026-11-04T10:00:00.5000000Z)" "a fraction in seven digits"
expect_line out "$(prop 0 PR_SEARCH_KEY '""')" "an empty binary shown as \"\""
check 0 "show odd values --json" $M show "$E5" --json
expect out '"value":"one\r\ntwo"' "JSON uses the short escapes"
json 'all(any(p["name"] == n and p["value"] == v for p in d["properties"]) for n, v in [("PR_SUBJECT_W", "tab\there"), ("PR_BODY_W", "one\r\ntwo"), ("PR_SEARCH_KEY", ""), ("PR_MESSAGE_DELIVERY_TIME", "2026-11-04T10:00:00.5000000Z")])' "the same values in JSON"
check 0 "ls Values (text)" $M ls Values
expect out '2026-11-04T10:00:00.5000000Z  -  "tab\there"' "ls prints them as show does"
check 0 "--where reads a printed time back" $M ls Values --json \
	--where 'PR_MESSAGE_DELIVERY_TIME = 2026-11-04T10:00:00.5000000Z'
json 'len(d["rows"]) == 1' "the printed time matches"
check 0 "--where reads a printed empty binary back" $M ls Values --json \
	--where 'PR_SEARCH_KEY = ""'
json 'len(d["rows"]) == 1' "the printed empty binary matches"
check 0 "rmdir --recursive Values" $M rmdir Values --recursive

check 1 "show an unknown folder" $M show Inbox/Nope
expect err "(MAPI_E_NOT_FOUND)" "show of a missing folder"
BADEID=$(printf '%s' "$E1" | sed 's/.\{8\}$/FFFFFFFF/')
check 1 "show a missing message" $M show "$BADEID"
check 1 "show a foreign entry ID" $M show 0123456789ABCDEF0123456789ABCDEF
expect err "mapix: open '0123456789ABCDEF0123456789ABCDEF'" "names the entry ID"

# mv, cp of folders
check 0 "mv Inbox/Projects Archive" $M mv Inbox/Projects Archive
check 0 "folders --tree --json" $M folders --tree --json
json '"Archive/Projects/Old" in paths(d) and "Inbox/Projects" not in paths(d)' "folder moved with its subfolder"
check 0 "mv as a rename" $M mv Archive/Projects Archive/Done
check 0 "folders --tree --json" $M folders --tree --json
json '"Archive/Done/Old" in paths(d) and "Archive/Projects" not in paths(d)' "folder renamed"
check 0 "cp Archive/Done Inbox" $M cp Archive/Done Inbox
check 0 "folders --tree --json" $M folders --tree --json
json '"Archive/Done/Old" in paths(d) and "Inbox/Done/Old" in paths(d)' "folder copied with its subfolder"
check 0 "ls the copy" $M ls Inbox/Done --json
json 'subjects(d) == ["Plan"]' "copy has the message"
check 0 "mv to the top level" $M mv Inbox/Done/Old /
check 0 "folders --tree --json" $M folders --tree --json
json '"Old" in paths(d) and "Inbox/Done/Old" not in paths(d)' "folder moved to the top"
check 0 "mv into a folder given by entry ID" $M mv Old "$ARCH_EID"
check 0 "folders --tree --json" $M folders --tree --json
json '"Archive/Old" in paths(d) and "Old" not in paths(d)' "folder moved by entry ID"
check 1 "mv a missing folder" $M mv Inbox/Nope Archive
expect err "(MAPI_E_NOT_FOUND)" "mv of a missing folder"
check 1 "mv into a missing folder" $M mv Archive/Done Nope/X
expect err "(MAPI_E_NOT_FOUND)" "mv into a missing folder"

# mv, cp, rm of messages
check 0 "cp a message to Archive" $M cp "$E3" Archive
check 0 "mv a message to Drafts" $M mv "$E2" Drafts
check 0 "ls Inbox" $M ls Inbox --json
json 'sorted(subjects(d)) == ["Quarterly report", "re: REPORT \"final\""]' "Inbox lost the moved message"
check 0 "ls Drafts" $M ls Drafts --json
json 'subjects(d) == ["Lunch"]' "Drafts has the moved message"
check 0 "ls Archive" $M ls Archive --json
json 'subjects(d) == ["re: REPORT \"final\""]' "Archive has the copy"
check 1 "show the moved message by its old entry ID" $M show "$E2"
check 0 "rm two messages" $M rm "$E1" "$E3"
check 0 "ls Inbox" $M ls Inbox --json
json 'd["rows"] == []' "Inbox is empty"
check 1 "rm again" $M rm "$E1"
expect err "(MAPI_E_NOT_FOUND)" "rm of a deleted message"

# rmdir
check 1 "rmdir a folder with subfolders" $M rmdir Archive/Done
expect err "--recursive" "says how to delete a full folder"
check 0 "rmdir an empty folder" $M rmdir Archive/Old
check 0 "rmdir --recursive" $M rmdir Archive --recursive
check 1 "rmdir a missing folder" $M rmdir Archive
expect err "(MAPI_E_NOT_FOUND)" "rmdir of a missing folder"
check 0 "folders --tree --json" $M folders --tree --json
json '"Archive" not in paths(d) and "Inbox/Done" in paths(d) and "Inbox/Done/Old" not in paths(d)' "rmdir removed the folders"

echo "1..$n"
[ "$failed" -eq 0 ]
