-- SFTP settings per partner (issue 3). One jsonb document per partner, read and written whole as
-- io.minato.hub.mappings.partner.SftpSettings. It names secrets (minato.secrets.<name> in the hub's
-- configuration) and never holds one: the check refuses the keys a secret would be stored under.

alter table partners
    add column sftp jsonb,
    add constraint partners_sftp_when_sftp_channel check (channel <> 'SFTP' or sftp is not null),
    add constraint partners_sftp_holds_no_secret
        check (sftp is null or not (sftp ?| array['password', 'privateKey', 'privateKeyPassphrase', 'passphrase']));
