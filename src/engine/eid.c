/*
 * eid.c - building and parsing mapix entry IDs and keys (eid.h), and the
 * entry-ID calls of engine.h, which give them a mailbox's database GUID.
 */
#include "eid.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <mapix.h>

#include "engine_int.h"

/* mapix store engine provider UID {5C412A8F-0D93-6B4E-A177-3E52C819D406},
 * chosen at random for mapix; bytes as they appear in entry IDs. */
const uint8_t EID_PROVIDER_UID[16] = {0x8f, 0x2a, 0x41, 0x5c, 0x93, 0x0d,
				      0x4e, 0x6b, 0xa1, 0x77, 0x3e, 0x52,
				      0xc8, 0x19, 0xd4, 0x06};
/* MAPIX_LOCAL's PR_MDB_PROVIDER (data/mapisvc.inf). */
const uint8_t EID_STORE_PROVIDER_UID[16] = {0x3C, 0x7A, 0xCC, 0x59, 0x3E, 0x96,
					    0xEA, 0x1A, 0x7E, 0x3B, 0xBB, 0x42,
					    0xAC, 0x05, 0x37, 0xF6};
/* MAPI's store-wrapping UID ([MS-OXCDATA] 2.2.4.3). */
static const uint8_t store_wrap_uid[16] = {0x38, 0xA1, 0xBB, 0x10, 0x05, 0xE5,
					   0x10, 0x1A, 0xA1, 0xBB, 0x08, 0x00,
					   0x2B, 0x2A, 0x56, 0xC2};

static void put_globcnt(uint8_t *p, uint64_t v)
{
	int i;

	for (i = 5; i >= 0; i--) {
		p[i] = (uint8_t)v;
		v >>= 8;
	}
}

static uint64_t get_globcnt(const uint8_t *p)
{
	uint64_t v = 0;
	int i;

	for (i = 0; i < 6; i++)
		v = (v << 8) | p[i];
	return v;
}

/* The 24-byte long-term ID: GUID, GLOBCNT, pad. */
static void put_ltid(uint8_t *p, const GUID *db, uint64_t id)
{
	memcpy(p, db, 16);
	put_globcnt(p + 16, id);
	p[22] = p[23] = 0;
}

static void put_head(uint8_t *p, unsigned int type)
{
	memset(p, 0, 4);
	memcpy(p + 4, EID_PROVIDER_UID, 16);
	p[20] = (uint8_t)type;
	p[21] = (uint8_t)(type >> 8);
}

void eid_folder(const GUID *db, uint64_t fid, uint8_t out[EID_FOLDER_SIZE])
{
	put_head(out, EID_TYPE_PRIVATE_FOLDER);
	put_ltid(out + 22, db, fid);
}

void eid_message(const GUID *db, uint64_t fid, uint64_t mid,
		 uint8_t out[EID_MESSAGE_SIZE])
{
	put_head(out, EID_TYPE_PRIVATE_MESSAGE);
	put_ltid(out + 22, db, fid);
	put_ltid(out + 46, db, mid);
}

void eid_source_key(const GUID *db, uint64_t id,
		    uint8_t out[EID_SOURCE_KEY_SIZE])
{
	memcpy(out, db, 16);
	put_globcnt(out + 16, id);
}

int eid_parse(const void *eid, size_t len, unsigned int *type_r, GUID *db_r,
	      uint64_t *fid_r, uint64_t *mid_r)
{
	const uint8_t *p = eid;
	static const uint8_t zero[4];
	unsigned int type;
	uint64_t fid, mid = 0;

	if (p == NULL || (len != EID_FOLDER_SIZE && len != EID_MESSAGE_SIZE))
		return -EINVAL;
	if (memcmp(p, zero, 4) != 0 || memcmp(p + 4, EID_PROVIDER_UID, 16))
		return -EINVAL;
	type = p[20] | (unsigned int)p[21] << 8;
	if ((len == EID_FOLDER_SIZE) != (type == EID_TYPE_PRIVATE_FOLDER))
		return -EINVAL;
	if (len == EID_MESSAGE_SIZE && type != EID_TYPE_PRIVATE_MESSAGE)
		return -EINVAL;
	if (p[44] != 0 || p[45] != 0)
		return -EINVAL;
	fid = get_globcnt(p + 38);
	if (fid == 0)
		return -EINVAL;
	if (len == EID_MESSAGE_SIZE) {
		/* Both halves name objects of the same database. */
		if (memcmp(p + 22, p + 46, 16) != 0 || p[68] != 0 || p[69] != 0)
			return -EINVAL;
		mid = get_globcnt(p + 62);
		if (mid == 0)
			return -EINVAL;
	}
	memcpy(db_r, p + 22, 16);
	*type_r = type;
	*fid_r = fid;
	*mid_r = mid;
	return 0;
}

#define STORE_DLL_NAME "mapix"
#define STORE_FIXED    60 /* bytes before the server name */
#define EID_SERVER_MAX 64 /* longest server name kept */

static void guid_hex(const GUID *g, char out[33])
{
	const uint8_t *b = (const uint8_t *)g;
	int i;

	for (i = 0; i < 16; i++)
		snprintf(out + 2 * i, 3, "%02X", b[i]);
}

size_t eid_store(const GUID *mailbox, const char *server,
		 uint8_t out[EID_STORE_MAX])
{
	char hex[33], dn[64];
	size_t n = STORE_FIXED, sl;

	memset(out, 0, STORE_FIXED);
	memcpy(out + 4, store_wrap_uid, 16);
	memcpy(out + 22, STORE_DLL_NAME, strlen(STORE_DLL_NAME));
	memcpy(out + 40, EID_STORE_PROVIDER_UID, 16);
	out[56] = 0x0C;
	if (server == NULL)
		server = "localhost";
	sl = strnlen(server, EID_SERVER_MAX);
	memcpy(out + n, server, sl);
	n += sl;
	out[n++] = 0;
	guid_hex(mailbox, hex);
	snprintf(dn, sizeof(dn), "/o=mapix/cn=%s", hex);
	memcpy(out + n, dn, strlen(dn) + 1);
	n += strlen(dn) + 1;
	return n;
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1; /* upper case only: one spelling per ID */
}

int eid_store_parse(const void *eid, size_t len, GUID *mailbox_r)
{
	const uint8_t *p = eid, *server, *dn;
	static const char prefix[] = "/o=mapix/cn=";
	uint8_t *g = (uint8_t *)mailbox_r;
	size_t left, sl, i;

	if (p == NULL || len <= STORE_FIXED || len > EID_STORE_MAX)
		return -EINVAL;
	if (p[0] | p[1] | p[2] | p[3] | p[20] | p[21])
		return -EINVAL;
	if (memcmp(p + 4, store_wrap_uid, 16) != 0 ||
	    memcmp(p + 40, EID_STORE_PROVIDER_UID, 16) != 0)
		return -EINVAL;
	/* The fixed part is exactly what eid_store() writes. */
	if (memcmp(p + 22, STORE_DLL_NAME, sizeof(STORE_DLL_NAME) - 1) != 0)
		return -EINVAL;
	for (i = 22 + sizeof(STORE_DLL_NAME) - 1; i < 40; i++)
		if (p[i] != 0)
			return -EINVAL;
	if (p[56] != 0x0C || p[57] != 0 || p[58] != 0 || p[59] != 0)
		return -EINVAL;
	server = p + STORE_FIXED;
	left = len - STORE_FIXED;
	sl = strnlen((const char *)server, left);
	if (sl == left || sl > EID_SERVER_MAX)
		return -EINVAL;
	dn = server + sl + 1;
	left -= sl + 1;
	if (left != sizeof(prefix) - 1 + 32 + 1 || dn[left - 1] != 0)
		return -EINVAL;
	if (memcmp(dn, prefix, sizeof(prefix) - 1) != 0)
		return -EINVAL;
	dn += sizeof(prefix) - 1;
	for (i = 0; i < 16; i++) {
		int hi = hexval((char)dn[2 * i]),
		    lo = hexval((char)dn[2 * i + 1]);

		if (hi < 0 || lo < 0)
			return -EINVAL;
		g[i] = (uint8_t)(hi << 4 | lo);
	}
	return 0;
}

/* ---------------------------------------------------------------------------
 * The entry IDs and keys of a mailbox's objects (engine.h, engine_int.h)
 */

void engine_folder_entryid(const struct engine_mailbox *mb, engine_id_t fid,
			   uint8_t out[ENGINE_FOLDER_EID_SIZE])
{
	eid_folder(&mb->db_guid, fid, out);
}

void engine_message_entryid(const struct engine_mailbox *mb, engine_id_t fid,
			    engine_id_t mid,
			    uint8_t out[ENGINE_MESSAGE_EID_SIZE])
{
	eid_message(&mb->db_guid, fid, mid, out);
}

int engine_entryid_parse(const struct engine_mailbox *mb, const void *eid,
			 size_t len, ULONG *type_r, engine_id_t *fid_r,
			 engine_id_t *mid_r)
{
	unsigned int type;
	GUID db;
	uint64_t fid, mid;
	int ret;

	if (mb == NULL || type_r == NULL || fid_r == NULL || mid_r == NULL)
		return -EINVAL;
	ret = eid_parse(eid, len, &type, &db, &fid, &mid);
	if (ret < 0)
		return ret;
	if (memcmp(&db, &mb->db_guid, sizeof(db)) != 0)
		return -EBADF;
	*type_r = type == EID_TYPE_PRIVATE_FOLDER ? MAPI_FOLDER : MAPI_MESSAGE;
	*fid_r = fid;
	*mid_r = mid;
	return 0;
}

void eid_add_store_ids(struct engine_mailbox *mb, struct pcoll *c)
{
	uint8_t seid[EID_STORE_MAX];
	size_t n = eid_store(&mb->mailbox_guid, NULL, seid);

	pcoll_bin(c, PR_STORE_ENTRYID, seid, n);
	pcoll_bin(c, PR_STORE_RECORD_KEY, &mb->mailbox_guid, 16);
}

/* PR_SOURCE_KEY, PR_CHANGE_KEY, PR_PREDECESSOR_CHANGE_LIST, PR_CHANGE_NUM */
void eid_add_change_ids(struct engine_mailbox *mb, struct pcoll *c,
			engine_id_t id, uint64_t cn)
{
	uint8_t key[EID_SOURCE_KEY_SIZE], pcl[EID_SOURCE_KEY_SIZE + 1];

	eid_source_key(&mb->db_guid, id, key);
	pcoll_bin(c, PR_SOURCE_KEY, key, sizeof(key));
	eid_source_key(&mb->db_guid, cn, key);
	pcoll_bin(c, PR_CHANGE_KEY, key, sizeof(key));
	/* A PCL of one SizedXid: its size, then the XID. */
	pcl[0] = EID_SOURCE_KEY_SIZE;
	memcpy(pcl + 1, key, sizeof(key));
	pcoll_bin(c, PR_PREDECESSOR_CHANGE_LIST, pcl, sizeof(pcl));
	pcoll_i8(c, PR_CHANGE_NUM, (int64_t)cn);
}
