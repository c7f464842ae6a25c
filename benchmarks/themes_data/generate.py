# ruff: noqa: E501  (the authored report sentences are data: one per line)
"""Generate the theme benchmark's reports: invented districts and communes of an invented province
(tỉnh Hà Nguyên) reporting on the same programme (6 months of digital transformation, 2026).

Every sentence below was written for this benchmark. Each planted point ("theme") has several
phrasings with different structure and wording, and slots filled with varied figures; distractor
themes share words with a planted theme but not its point; singletons are points of one report only.

    python benchmarks/themes_data/generate.py            # rewrites reports/*.txt and *.jsonl (seed 35)

Each report is written twice: ``NN_name.txt`` (the text the labeler reads, one paragraph a line) and
``NN_name.jsonl`` (one record per paragraph: ``index``, ``label``, ``theme``, ``text``; ``theme`` is
the gold theme id, ``null`` for headings and other paragraphs, ``single:...`` for a singleton).

:func:`scaled_reports` builds any number of reports by recombining the same material (used by
``bench_themes.py --scale``).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "reports"
N_REPORTS = 44
SEED = 35


def _int(rng: random.Random, lo: int, hi: int) -> str:
    """An integer written the Vietnamese way ("." between thousands)."""
    return f"{rng.randint(lo, hi):,}".replace(",", ".")


def _dec(rng: random.Random, lo: float, hi: float) -> str:
    """A number with one decimal, "," as the decimal mark."""
    return f"{rng.uniform(lo, hi):.1f}".replace(".", ",")


def _pct(rng: random.Random, lo: int, hi: int) -> str:
    v = rng.uniform(lo, hi)
    return f"{v:.0f}" if rng.random() < 0.6 else f"{v:.1f}".replace(".", ",")


def slots(rng: random.Random, unit: str) -> dict[str, str]:
    return {
        "n": str(rng.randint(3, 60)),
        "k": str(rng.randint(2, 25)),
        "m": _int(rng, 300, 9500),
        "big": _int(rng, 10_000, 95_000),
        "p": _pct(rng, 55, 99),
        "low": _pct(rng, 3, 35),
        "x": _dec(rng, 0.8, 18),
        "tr": str(rng.randint(120, 950)),
        "unit": unit,
    }


# --- results --------------------------------------------------------------------------------
RESULTS: dict[str, list[str]] = {
    "R_taphuan": [
        "Tổ chức {n} lớp tập huấn kỹ năng số cho {m} lượt cán bộ, công chức, viên chức.",
        "Công tác bồi dưỡng kỹ năng số được chú trọng: {n} lớp đã mở, thu hút {m} lượt học viên là cán bộ, công chức cấp huyện và cấp xã.",
        "Đã phối hợp với Trường Chính trị tỉnh đào tạo, bồi dưỡng kiến thức về chuyển đổi số cho {m} lượt cán bộ, công chức qua {n} khóa học.",
        "{m} lượt cán bộ, công chức, viên chức của {unit} được tập huấn sử dụng nền tảng số, khai thác phần mềm quản lý văn bản và dịch vụ công.",
    ],
    "R_dvc": [
        "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến toàn trình đạt {p}%.",
        "Dịch vụ công trực tuyến có chuyển biến rõ: {m} hồ sơ nộp qua Cổng dịch vụ công, chiếm {p}% tổng số hồ sơ tiếp nhận.",
        "Người dân và doanh nghiệp ngày càng quen nộp hồ sơ qua mạng; {p}% hồ sơ thủ tục hành chính trong kỳ được nộp trực tuyến.",
        "Về dịch vụ công trực tuyến, {unit} đã tiếp nhận {m} hồ sơ nộp trực tuyến, đạt tỷ lệ {p}%, vượt chỉ tiêu tỉnh giao.",
    ],
    "R_totcn": [
        "Thành lập {n} tổ công nghệ số cộng đồng với {m} thành viên tại các thôn, tổ dân phố.",
        "Các tổ công nghệ số cộng đồng đã được kiện toàn ở {n} thôn, khu phố, gồm {m} thành viên là đoàn viên thanh niên, công an viên và trưởng thôn.",
        "{m} thành viên của {n} tổ công nghệ số cộng đồng đến từng hộ hướng dẫn người dân cài ứng dụng, nộp hồ sơ trên môi trường mạng.",
        "Mô hình tổ công nghệ số cộng đồng phủ khắp {n} thôn, tổ dân phố; mỗi tổ có từ 3 đến 7 thành viên hỗ trợ bà con sử dụng dịch vụ số.",
    ],
    "R_antsinh": [
        "Chi trả trợ cấp cho {m} đối tượng hưởng chính sách an sinh xã hội qua tài khoản ngân hàng, đạt {p}%.",
        "Việc chi trả an sinh xã hội không dùng tiền mặt được triển khai: {p}% người hưởng lương hưu, trợ cấp nhận tiền qua tài khoản.",
        "Đã mở tài khoản và chuyển tiền trợ cấp trực tiếp cho {m} người có công, người cao tuổi, hộ nghèo thay cho chi trả bằng tiền mặt.",
        "Thanh toán không dùng tiền mặt trong chi trả an sinh xã hội đạt {p}%, với {m} đối tượng bảo trợ nhận trợ cấp qua ngân hàng.",
    ],
    "R_vneid": [
        "Kích hoạt {big} tài khoản định danh điện tử mức độ 2, đạt {p}% dân số trong độ tuổi.",
        "Công an {unit} phối hợp thu nhận hồ sơ và kích hoạt được {big} tài khoản VNeID mức 2 cho người dân.",
        "Số công dân đã có tài khoản định danh điện tử là {big} người, bằng {p}% số người từ đủ 14 tuổi trở lên.",
        "Đề án 06 được phối hợp thực hiện tốt, nhất là cấp và kích hoạt tài khoản định danh điện tử VNeID, đến nay đạt {p}% chỉ tiêu.",
    ],
    "R_hatang": [
        "{p}% thôn, bản đã có sóng di động 4G và cáp quang đến trung tâm thôn.",
        "Hạ tầng viễn thông tiếp tục được mở rộng, các doanh nghiệp viễn thông lắp thêm {n} trạm phát sóng, phủ sóng 4G tới {p}% khu dân cư.",
        "Mạng cáp quang băng rộng đã kéo tới {n} thôn, tổ dân phố, nâng tỷ lệ hộ gia đình có internet cáp quang lên {p}%.",
        "Nhà mạng đã xây mới {n} trạm BTS, xóa được các vùng lõm sóng, đến nay sóng 4G phủ {p}% diện tích của {unit}.",
    ],
    "R_camera": [
        "Lắp đặt {n} camera giám sát an ninh, trật tự tại các nút giao thông và khu dân cư.",
        "Hệ thống camera an ninh được kết nối về Công an huyện với {n} mắt camera, góp phần phát hiện, xử lý vi phạm.",
        "Mô hình camera bảo đảm an ninh trật tự do nhân dân đóng góp được nhân rộng, tổng cộng {n} camera đã đưa vào sử dụng.",
        "Đã có {n} camera giám sát an ninh lắp tại các tuyến đường chính, ngã ba, ngã tư, truyền hình ảnh về trung tâm chỉ huy.",
    ],
    "R_kyso": [
        "{p}% văn bản đi được ký số và gửi, nhận trên môi trường điện tử.",
        "Việc ký số văn bản trở thành nền nếp: {m} văn bản đi đã ký số, đạt {p}% tổng số văn bản phát hành.",
        "Hệ thống quản lý văn bản và điều hành được sử dụng ở 100% cơ quan, tỷ lệ văn bản điện tử có chữ ký số đạt {p}%.",
        "Gửi, nhận văn bản điện tử có ký số thay văn bản giấy giữa các cơ quan hành chính của {unit} đạt {p}%.",
    ],
    "R_ocop": [
        "Đưa {n} sản phẩm OCOP và nông sản chủ lực lên sàn thương mại điện tử.",
        "Hỗ trợ {k} hợp tác xã mở gian hàng trên các sàn thương mại điện tử, giới thiệu {n} sản phẩm OCOP của địa phương.",
        "Nông sản của {unit} như chè, mật ong, miến dong đã có mặt trên sàn giao dịch điện tử, với {n} sản phẩm đạt chuẩn OCOP được bán trực tuyến.",
        "{n} sản phẩm đạt chuẩn OCOP được gắn mã QR truy xuất nguồn gốc và đưa lên sàn thương mại điện tử để tiêu thụ.",
    ],
    "R_sohoa": [
        "Số hóa {m} hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực.",
        "Công tác số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt {p}%, với {m} hồ sơ đã được số hóa và lưu trữ điện tử.",
        "Bộ phận một cửa đã quét, số hóa {m} kết quả giải quyết thủ tục hành chính và tái sử dụng dữ liệu khi người dân làm hồ sơ mới.",
        "Kết quả giải quyết thủ tục hành chính được số hóa đạt tỷ lệ {p}%, cao hơn cùng kỳ năm trước.",
    ],
    "R_kinhphi": [
        "Bố trí {x} tỷ đồng từ ngân sách địa phương cho các nhiệm vụ chuyển đổi số.",
        "Tổng kinh phí dành cho chuyển đổi số trong 6 tháng là {x} tỷ đồng, chủ yếu mua sắm thiết bị và thuê phần mềm.",
        "Ngân sách huyện đã chi {x} tỷ đồng đầu tư hạ tầng công nghệ thông tin và thuê dịch vụ phục vụ chuyển đổi số.",
        "Đã huy động {x} tỷ đồng, trong đó ngân sách nhà nước {tr} triệu đồng, còn lại là xã hội hóa, để thực hiện chuyển đổi số.",
    ],
    "R_tuyentruyen": [
        "Đăng tải {n} tin, bài tuyên truyền về chuyển đổi số trên Cổng thông tin điện tử và trang mạng xã hội của địa phương.",
        "Hệ thống loa truyền thanh phát {n} chuyên mục, cùng {k} nhóm Zalo thôn, tổ dân phố chia sẻ thông tin về lợi ích của chuyển đổi số.",
        "Thông tin về chuyển đổi số được đưa tới người dân qua trang Facebook, nhóm Zalo và đài truyền thanh xã với {n} tin bài.",
        "Công tác tuyên truyền được đổi mới, {n} video ngắn hướng dẫn sử dụng dịch vụ số được chia sẻ rộng rãi trên mạng xã hội.",
    ],
    "R_ytegiaoduc": [
        "{p}% cơ sở khám chữa bệnh triển khai bệnh án điện tử và thanh toán viện phí không dùng tiền mặt.",
        "Ngành y tế đã dùng hồ sơ sức khỏe điện tử cho {big} người dân, trạm y tế xã khám bằng căn cước gắn chip.",
        "Các trạm y tế và bệnh viện tuyến huyện khám chữa bệnh bảo hiểm y tế bằng căn cước công dân, đạt {p}% lượt khám.",
    ],
    "R_hocba": [
        "{p}% trường học sử dụng học bạ số và sổ điểm điện tử, thu học phí không dùng tiền mặt.",
        "Ngành giáo dục triển khai học bạ điện tử ở {n} trường tiểu học và trung học cơ sở.",
        "Các trường học đã chuyển sang sổ liên lạc điện tử, học bạ số; thu các khoản học phí qua ngân hàng đạt {p}%.",
    ],
}
# distractors: words of a planted result, another point
RESULTS_DISTRACT: dict[str, list[str]] = {
    "RD_dunghan": [
        "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt {p}%, không có hồ sơ quá hạn.",
        "Hồ sơ thủ tục hành chính giải quyết trước và đúng hạn chiếm {p}%, chỉ có vài hồ sơ trễ hạn đã xin lỗi người dân.",
        "Về kết quả giải quyết thủ tục hành chính, {p}% hồ sơ được trả đúng hẹn, mức độ hài lòng của người dân cao.",
    ],
    "RD_hoinghi": [
        "Tổ chức hội nghị sơ kết, biểu dương {n} tập thể và {k} cá nhân có thành tích xuất sắc trong chuyển đổi số.",
        "Ủy ban nhân dân đã khen thưởng {n} tập thể, {k} cá nhân tiêu biểu trong phong trào chuyển đổi số tại hội nghị sơ kết.",
    ],
    "RD_loa": [
        "Lắp đặt {n} cụm loa truyền thanh thông minh ứng dụng công nghệ thông tin - viễn thông tại các thôn.",
        "Hệ thống đài truyền thanh cơ sở được nâng cấp sang truyền thanh thông minh với {n} cụm loa mới.",
        "Chuyển đổi {n} cụm loa truyền thanh có dây sang loa thông minh, điều khiển từ xa qua điện thoại.",
    ],
}

# --- limitations ----------------------------------------------------------------------------
LIMITATIONS: dict[str, list[str]] = {
    "L_song": [
        "Hạ tầng viễn thông ở vùng sâu, vùng xa còn yếu, một số thôn chưa có sóng điện thoại ổn định.",
        "Vẫn còn {n} thôn, bản nằm trong vùng lõm sóng, tín hiệu 4G chập chờn, khó triển khai dịch vụ số.",
        "Ở các xã vùng cao, mạng internet thường xuyên mất kết nối, người dân không truy cập được dịch vụ công trực tuyến.",
        "Chất lượng sóng di động và đường truyền internet tại các bản xa trung tâm còn kém, chưa đáp ứng yêu cầu.",
    ],
    "L_nhanluc": [
        "Đội ngũ cán bộ chuyên trách công nghệ thông tin còn thiếu, chủ yếu làm kiêm nhiệm.",
        "Cấp xã chưa có công chức chuyên trách về công nghệ thông tin; người phụ trách kiêm nhiệm nhiều việc, trình độ chuyên môn hạn chế.",
        "Nguồn nhân lực làm chuyển đổi số mỏng, {unit} chỉ có {k} người có chuyên môn công nghệ thông tin.",
        "Thiếu nhân lực có trình độ về công nghệ thông tin, các xã phải giao cho công chức văn phòng kiêm nhiệm.",
    ],
    "L_nguoigia": [
        "Nhiều người dân, nhất là người cao tuổi, chưa có điện thoại thông minh và chưa biết sử dụng các ứng dụng số.",
        "Kỹ năng số của một bộ phận nhân dân còn thấp, người lớn tuổi và đồng bào dân tộc thiểu số ngại dùng ứng dụng trên điện thoại.",
        "Còn {low}% hộ gia đình chưa có điện thoại thông minh, người già gặp khó khi cài đặt và dùng ứng dụng.",
        "Một bộ phận người dân, đặc biệt người cao tuổi ở vùng nông thôn, vẫn quen giao dịch trực tiếp vì không biết thao tác trên điện thoại.",
    ],
    "L_kinhphi": [
        "Kinh phí bố trí cho chuyển đổi số còn hạn hẹp, chưa đáp ứng nhu cầu đầu tư.",
        "Nguồn ngân sách dành cho chuyển đổi số rất hạn chế, nhiều nhiệm vụ phải lùi thời gian do chưa có vốn.",
        "Việc bố trí kinh phí cho các nhiệm vụ chuyển đổi số gặp khó khăn, mới đáp ứng khoảng {low}% nhu cầu.",
        "Ngân sách địa phương eo hẹp nên chưa có nguồn để đầu tư thiết bị, phần mềm cho chuyển đổi số.",
    ],
    "L_hosothap": [
        "Số hồ sơ trực tuyến phát sinh còn thấp, nhiều người vẫn đến nộp trực tiếp tại bộ phận một cửa.",
        "Tỷ lệ hồ sơ nộp trực tuyến chưa cao, chỉ đạt {low}%; phần lớn người dân vẫn chọn nộp hồ sơ giấy.",
        "Dịch vụ công trực tuyến có lượt truy cập lớn nhưng số hồ sơ phát sinh thực tế ít, nhiều thủ tục cả kỳ không có hồ sơ nào.",
        "Người dân chưa mặn mà với việc nộp hồ sơ qua mạng, hồ sơ trực tuyến chủ yếu do cán bộ một cửa nộp hộ.",
    ],
    "L_phanmem": [
        "Các phần mềm dùng chung chưa kết nối, liên thông dữ liệu; cán bộ phải nhập liệu nhiều lần trên nhiều hệ thống.",
        "Hệ thống thông tin giải quyết thủ tục hành chính thỉnh thoảng bị lỗi, chậm, chưa đồng bộ với phần mềm chuyên ngành.",
        "Nhiều phần mềm do các bộ, ngành triển khai chưa liên thông với nhau, mỗi phần mềm một tài khoản, gây mất thời gian.",
        "Dữ liệu giữa các phần mềm chuyên ngành và hệ thống một cửa điện tử chưa được đồng bộ, phải nhập lại thủ công.",
    ],
    "L_thietbi": [
        "Máy tính, thiết bị tại nhiều cơ quan cấp xã đã cũ, cấu hình thấp, thường xuyên hỏng hóc.",
        "Trang thiết bị công nghệ thông tin xuống cấp, {n} máy tính của bộ phận một cửa hết khấu hao nhưng chưa được thay.",
        "Cơ sở vật chất, máy móc phục vụ chuyển đổi số ở xã còn thiếu và lạc hậu, không chạy được các phần mềm mới.",
    ],
    "L_antoan": [
        "Công tác bảo đảm an toàn thông tin mạng chưa được quan tâm đúng mức, chưa xây dựng hồ sơ đề xuất cấp độ cho các hệ thống.",
        "Nguy cơ mất an toàn thông tin còn cao, nhiều máy tính chưa cài phần mềm phòng chống mã độc.",
        "Nhận thức về an ninh mạng của cán bộ chưa cao, vẫn còn tình trạng dùng chung mật khẩu, để lộ tài khoản.",
    ],
    "L_nhanthuc": [
        "Nhận thức của một số cấp ủy, chính quyền và người đứng đầu về chuyển đổi số chưa đầy đủ, còn coi là việc của ngành chuyên môn.",
        "Một số người đứng đầu cơ quan, đơn vị chưa thật sự quan tâm, chỉ đạo quyết liệt công tác chuyển đổi số.",
        "Sự vào cuộc của một vài cấp ủy cơ sở chưa quyết liệt, còn tâm lý trông chờ, ngại thay đổi cách làm cũ.",
        "Vai trò của người đứng đầu trong lãnh đạo chuyển đổi số ở một số nơi mờ nhạt, thiếu kiểm tra, đôn đốc.",
    ],
    "L_diaban": [
        "Nguyên nhân khách quan là địa bàn rộng, địa hình đồi núi chia cắt, dân cư sống phân tán.",
        "Do đặc điểm địa lý miền núi, giao thông đi lại khó khăn, các thôn cách xa trung tâm nên việc hỗ trợ người dân bị hạn chế.",
        "Địa hình phức tạp, nhiều khe suối, dân cư thưa thớt là nguyên nhân khách quan làm chậm tiến độ.",
    ],
}
LIMITATIONS_DISTRACT: dict[str, list[str]] = {
    "LD_luanchuyen": [
        "Cán bộ được đào tạo về chuyển đổi số thường xuyên được điều động, luân chuyển nên phải đào tạo lại từ đầu.",
        "Sự thay đổi nhân sự ở cấp xã sau sắp xếp đơn vị hành chính làm gián đoạn việc vận hành các phần mềm.",
    ],
    "LD_giaingan": [
        "Tiến độ giải ngân vốn đầu tư công cho các dự án công nghệ thông tin còn chậm, mới đạt {low}% kế hoạch.",
        "Các dự án đầu tư có sử dụng vốn ngân sách về chuyển đổi số giải ngân chậm do vướng thủ tục thẩm định.",
        "Vốn đã giao cho dự án trung tâm dữ liệu nhưng giải ngân thấp vì nhà thầu chậm tiến độ.",
    ],
}

# --- solutions ------------------------------------------------------------------------------
SOLUTIONS: dict[str, list[str]] = {
    "S_tuyentruyen": [
        "Tiếp tục đẩy mạnh tuyên truyền để nâng cao nhận thức của cán bộ và nhân dân về lợi ích của chuyển đổi số.",
        "Đa dạng hình thức thông tin, tuyên truyền về chuyển đổi số, chú trọng mạng xã hội và loa truyền thanh cơ sở để người dân hiểu và tham gia.",
        "Làm tốt công tác truyền thông, giúp người dân thấy rõ tiện ích của dịch vụ số, từ đó chủ động sử dụng.",
        "Phát huy vai trò của Mặt trận và các đoàn thể trong tuyên truyền, vận động nhân dân hưởng ứng chuyển đổi số.",
    ],
    "S_daotao": [
        "Tăng cường đào tạo, bồi dưỡng kỹ năng số cho đội ngũ cán bộ, công chức, nhất là cấp xã.",
        "Tổ chức các lớp tập huấn chuyên sâu về sử dụng nền tảng số cho cán bộ, công chức, viên chức.",
        "Chú trọng bồi dưỡng, nâng cao trình độ công nghệ thông tin cho cán bộ phụ trách chuyển đổi số ở cơ sở.",
        "Cử cán bộ tham gia các khóa học về kỹ năng số, an toàn thông tin do tỉnh tổ chức, gắn đào tạo với thực hành.",
    ],
    "S_hatang": [
        "Đề nghị các doanh nghiệp viễn thông đầu tư thêm trạm phát sóng, xóa vùng lõm sóng ở các thôn vùng sâu, vùng xa.",
        "Kiến nghị tỉnh chỉ đạo các nhà mạng mở rộng hạ tầng 4G và cáp quang về các bản chưa có sóng.",
        "Phối hợp với nhà mạng phủ sóng di động đến {n} thôn còn lõm sóng trong năm 2026.",
        "Đề xuất ưu tiên đầu tư hạ tầng viễn thông cho các xã miền núi để người dân sử dụng được internet ổn định.",
    ],
    "S_kinhphi": [
        "Đề nghị tỉnh quan tâm bố trí kinh phí cho cấp huyện, cấp xã thực hiện chuyển đổi số.",
        "Kiến nghị Ủy ban nhân dân tỉnh phân bổ nguồn ngân sách riêng, ổn định hằng năm cho các nhiệm vụ chuyển đổi số.",
        "Ưu tiên cân đối, bố trí ngân sách cho chuyển đổi số; huy động thêm nguồn xã hội hóa.",
        "Đề xuất tỉnh hỗ trợ {x} tỷ đồng để mua sắm thiết bị và phần mềm phục vụ chuyển đổi số ở cơ sở.",
    ],
    "S_totcn": [
        "Kiện toàn và phát huy vai trò của tổ công nghệ số cộng đồng trong hướng dẫn người dân dùng dịch vụ số.",
        "Duy trì hoạt động của các tổ công nghệ số cộng đồng, hỗ trợ thù lao cho thành viên để tổ hoạt động thường xuyên.",
        "Giao tổ công nghệ số cộng đồng đi từng ngõ, gõ từng nhà, cầm tay chỉ việc cho người dân cài ứng dụng và nộp hồ sơ.",
    ],
    "S_lienthong": [
        "Đề nghị Sở Khoa học và Công nghệ sớm hoàn thiện, kết nối liên thông các phần mềm dùng chung, dùng một tài khoản đăng nhập.",
        "Kiến nghị các bộ, ngành tích hợp, đồng bộ dữ liệu giữa phần mềm chuyên ngành và hệ thống giải quyết thủ tục hành chính.",
        "Đề xuất nâng cấp hệ thống thông tin giải quyết thủ tục hành chính, khắc phục lỗi và liên thông dữ liệu để cán bộ không phải nhập lại.",
    ],
    "S_tienmat": [
        "Đẩy mạnh thanh toán không dùng tiền mặt trong chi trả an sinh xã hội, thu phí, lệ phí và dịch vụ công.",
        "Phối hợp với ngân hàng mở rộng điểm chấp nhận thanh toán bằng mã QR tại chợ, cửa hàng và cơ sở y tế.",
        "Khuyến khích người dân và hộ kinh doanh thanh toán điện tử, hạn chế dùng tiền mặt trong giao dịch hằng ngày.",
    ],
    "S_thidua": [
        "Đưa kết quả thực hiện chuyển đổi số vào tiêu chí đánh giá, xếp loại thi đua hằng năm của cơ quan, đơn vị và người đứng đầu.",
        "Gắn trách nhiệm người đứng đầu với kết quả chuyển đổi số, làm căn cứ bình xét thi đua, khen thưởng cuối năm.",
        "Xem chỉ số chuyển đổi số là một tiêu chí chấm điểm thi đua, xếp loại chất lượng cán bộ, công chức.",
    ],
    "S_antoan": [
        "Tăng cường bảo đảm an toàn thông tin, xây dựng hồ sơ cấp độ cho các hệ thống thông tin.",
        "Trang bị phần mềm phòng chống mã độc cho toàn bộ máy tính, thường xuyên kiểm tra, đánh giá an toàn thông tin mạng.",
        "Nâng cao ý thức bảo mật của cán bộ: đổi mật khẩu định kỳ, không dùng chung tài khoản, cảnh giác với thư điện tử lừa đảo.",
    ],
    "S_chinhsach": [
        "Đề nghị có chính sách thu hút, đãi ngộ và phụ cấp cho cán bộ chuyên trách công nghệ thông tin.",
        "Kiến nghị tỉnh ban hành cơ chế hỗ trợ phụ cấp cho người làm công nghệ thông tin ở cấp xã để giữ chân cán bộ.",
        "Xây dựng chế độ đãi ngộ phù hợp nhằm thu hút người có trình độ công nghệ thông tin về công tác tại cơ sở.",
    ],
}
SOLUTIONS_DISTRACT: dict[str, list[str]] = {
    "SD_daotaonghe": [
        "Tiếp tục đào tạo nghề cho lao động nông thôn gắn với nhu cầu của doanh nghiệp.",
        "Mở các lớp đào tạo nghề ngắn hạn về may, cơ khí cho thanh niên sau cai nghiện và lao động nông thôn.",
    ],
    "SD_nhavanhoa": [
        "Đề nghị tỉnh bố trí kinh phí sửa chữa nhà văn hóa thôn và sân thể thao xuống cấp.",
        "Kiến nghị hỗ trợ kinh phí xây dựng nhà văn hóa cho {k} thôn mới chia tách.",
        "Đề xuất cấp trên quan tâm bố trí nguồn vốn nâng cấp các thiết chế văn hóa, thể thao ở cơ sở.",
    ],
}

SINGLETONS: dict[str, list[str]] = {
    "results": [
        "Thí điểm dùng thiết bị bay không người lái để giám sát cháy rừng ở khu vực đồi thông phía tây.",
        "Xây dựng bản đồ số các điểm du lịch cộng đồng, du khách quét mã để nghe thuyết minh bằng ba thứ tiếng.",
        "Hợp tác xã rau an toàn lắp cảm biến đo độ ẩm đất, tưới nước tự động điều khiển qua điện thoại.",
        "Hội Liên hiệp Phụ nữ mở lớp dạy bán hàng qua livestream cho chị em trồng cam.",
        "Thư viện huyện số hóa tư liệu về lễ hội đình làng và gia phả các dòng họ.",
        "Triển khai phần mềm quản lý nghĩa trang nhân dân, tra cứu vị trí phần mộ trên bản đồ.",
        "Bến xe khách của huyện bán vé điện tử, hành khách đặt chỗ qua ứng dụng.",
        "Chợ trung tâm thị trấn được công nhận là chợ thanh toán không dùng tiền mặt đầu tiên của tỉnh.",
        "Mỗi hộ chăn nuôi lợn được cấp mã số để khai báo dịch bệnh qua phần mềm thú y.",
        "Kho dữ liệu đất đai được chỉnh lý xong cho hai xã thí điểm, phục vụ cấp giấy chứng nhận.",
        "Đoàn Thanh niên ra mắt câu lạc bộ lập trình cho học sinh trung học cơ sở.",
        "Trạm khí tượng tự động ở đầu nguồn gửi cảnh báo lũ quét tới điện thoại người dân.",
        "Phòng Tài nguyên và Môi trường vận hành hệ thống quan trắc nước thải của cụm công nghiệp.",
        "Ban chỉ huy quân sự huyện quản lý quân nhân dự bị bằng phần mềm riêng.",
        "Làng nghề mây tre đan mở gian trưng bày ảo ba chiều giới thiệu sản phẩm.",
        "Hệ thống đặt lịch khám bệnh qua tổng đài giúp giảm cảnh chờ đợi ở bệnh viện huyện.",
    ],
    "limitations": [
        "Máy phát điện dự phòng của trụ sở xã hỏng nên mỗi lần mất điện là gián đoạn việc tiếp nhận hồ sơ.",
        "Một số hộ kinh doanh lo ngại bị truy thu thuế khi chuyển sang nhận tiền qua tài khoản.",
        "Phần mềm quản lý hộ tịch cũ không xuất được dữ liệu trước năm 2010 để chuyển sang hệ thống mới.",
        "Hiện tượng lừa đảo qua điện thoại giả danh công an làm người dân e ngại cung cấp thông tin cá nhân.",
        "Trụ sở làm việc tạm sau sáp nhập chật hẹp, không đủ chỗ bố trí khu vực hướng dẫn người dân.",
        "Mưa lũ tháng năm làm đứt cáp quang liên xã, gần một tuần không có mạng.",
        "Ứng dụng của huyện có giao diện chỉ bằng tiếng Việt, đồng bào người Mông khó sử dụng.",
        "Nhiều thiết bị camera do dân đóng góp không cùng chuẩn, khó kết nối về trung tâm.",
        "Lượng khách du lịch tăng đột biến dịp lễ làm quá tải mạng wifi công cộng.",
        "Chưa có quy chế khai thác dữ liệu dân cư giữa công an xã và bộ phận một cửa.",
        "Giá cước internet cáp quang còn cao so với thu nhập của hộ nghèo.",
        "Hợp đồng thuê phần mềm kế toán hết hạn nhưng chưa có dự toán để gia hạn.",
        "Tình trạng trộm cắp dây cáp viễn thông xảy ra ở tuyến đường tránh.",
        "Một số trường học còn phải dùng chung một đường truyền cho cả khu nội trú.",
    ],
    "solutions": [
        "Đề nghị điện lực ưu tiên cấp điện ổn định cho trụ sở xã vào giờ tiếp dân.",
        "Thí điểm ki-ốt tự phục vụ tra cứu thủ tục tại chợ phiên cuối tuần.",
        "Biên soạn tài liệu hướng dẫn dùng dịch vụ công bằng tiếng Mông và tiếng Dao.",
        "Lập quỹ khuyến học số để tặng máy tính bảng cho học sinh nghèo vượt khó.",
        "Đề nghị bổ sung biên chế y sĩ cho trạm y tế ở hai xã biên giới.",
        "Phối hợp với trường cao đẳng nghề mở ngành học về thương mại điện tử tại chỗ.",
        "Xây dựng cơ sở dữ liệu về di tích lịch sử và văn hóa phi vật thể trên địa bàn.",
        "Ký kết với bưu điện để trả kết quả thủ tục tận nhà cho người khuyết tật miễn phí.",
        "Tổ chức ngày hội chuyển đổi số ở chợ phiên với gian hàng trải nghiệm cho trẻ em.",
        "Nghiên cứu mô hình nhà thông minh cho trụ sở công an xã mới xây.",
        "Đề xuất thí điểm thu gom rác thải có gắn thiết bị định vị cho xe chở rác.",
        "Huy động doanh nghiệp tài trợ điện thoại thông minh cho hộ cận nghèo.",
        "Đưa nội dung an toàn trên không gian mạng vào giờ sinh hoạt dưới cờ của học sinh.",
        "Xin chủ trương số hóa toàn bộ bản đồ quy hoạch sử dụng đất của các xã.",
    ],
}

# how many of the 44 reports raise each planted theme (distractors fewer)
PREVALENCE: dict[str, int] = {
    **dict(zip(RESULTS, (20, 18, 16, 15, 13, 12, 10, 9, 8, 6, 5, 4, 3, 2))),
    **dict(zip(LIMITATIONS, (20, 18, 17, 15, 12, 10, 8, 6, 5, 3))),
    **dict(zip(SOLUTIONS, (20, 18, 15, 14, 12, 9, 7, 5, 4, 2))),
    "RD_dunghan": 4,
    "RD_hoinghi": 3,
    "RD_loa": 3,
    "LD_luanchuyen": 2,
    "LD_giaingan": 3,
    "SD_daotaonghe": 2,
    "SD_nhavanhoa": 3,
}
PART_THEMES = {
    "results": {**RESULTS, **RESULTS_DISTRACT},
    "limitations": {**LIMITATIONS, **LIMITATIONS_DISTRACT},
    "solutions": {**SOLUTIONS, **SOLUTIONS_DISTRACT},
}

DISTRICTS = [
    "huyện Vân Khê",
    "huyện Thạch Liêm",
    "huyện Đông Hạ",
    "huyện Phù Cát Sơn",
    "huyện Lạc Nguyên",
    "thị xã Bình Lĩnh",
    "huyện Khánh Mỹ",
    "huyện Trà Lâm",
]
COMMUNE_STEMS = [
    "Tân Lạc",
    "Hòa Định",
    "Phú Mỹ",
    "An Hòa",
    "Đồng Tâm",
    "Minh Châu",
    "Thượng Lâm",
    "Quỳnh Khê",
    "Hưng Phú",
    "Nghĩa Thịnh",
    "Cẩm Vân",
    "Long Điền",
    "Thanh Tuyền",
    "Yên Hà",
    "Bảo Sơn",
    "Vĩnh Lạc",
    "Sơn Thủy",
    "Hồng Quang",
    "Kim Bảng Hạ",
    "Trung Nghĩa",
    "Phước An",
    "Lũng Cao",
    "Nà Phặc",
    "Mường Khoa",
    "Đại Đồng",
    "Xuân Lũng",
    "Gia Phúc",
    "Hiệp Hòa",
    "Tiến Thành",
    "Ngọc Lâm",
    "Thái Bình Thượng",
    "Lam Sơn Hạ",
    "Cao Phong",
    "Tràng Lương",
    "Mỹ Lộc",
    "Đức Hòa",
]

OPENINGS = [
    "Thực hiện Kế hoạch số {k}/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh về chuyển đổi số năm 2026, {unit} báo cáo kết quả 6 tháng đầu năm như sau:",
    "Căn cứ Công văn số {tr}/STTTT-CĐS ngày 02/6/2026, {unit} báo cáo sơ kết 6 tháng thực hiện nhiệm vụ chuyển đổi số như sau:",
    "Triển khai Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số đến năm 2030, {unit} báo cáo kết quả thực hiện 6 tháng đầu năm 2026.",
]
SUBHEADS = {
    "results": ["1. Công tác lãnh đạo, chỉ đạo", "2. Kết quả thực hiện các nhiệm vụ cụ thể", "a) Về chính quyền số"],
    "limitations": ["1. Hạn chế", "2. Nguyên nhân"],
    "solutions": ["1. Nhiệm vụ trọng tâm 6 tháng cuối năm", "2. Kiến nghị, đề xuất"],
}
LEAD_INS = ["", "", "", "Trong 6 tháng đầu năm, ", "Nhìn chung, ", "Bên cạnh đó, ", "Đáng chú ý, "]
LIM_LEADS = ["", "", "", "Bên cạnh đó, ", "Mặt khác, ", "Ngoài ra, "]
SOL_LEADS = ["", "", "", "Thời gian tới, ", "Trong 6 tháng cuối năm, ", "Ngoài ra, "]
HEADINGS = {
    "results": ["I. KẾT QUẢ ĐẠT ĐƯỢC", "I. KẾT QUẢ THỰC HIỆN", "I. TÌNH HÌNH VÀ KẾT QUẢ TRIỂN KHAI"],
    "limitations": ["II. HẠN CHẾ, NGUYÊN NHÂN", "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", "II. KHÓ KHĂN, VƯỚNG MẮC"],
    "solutions": ["III. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP", "III. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI"],
}
LEADS = {"results": LEAD_INS, "limitations": LIM_LEADS, "solutions": SOL_LEADS}


@dataclass(frozen=True)
class Programme:
    """The material of one benchmark set: a programme reported on by invented districts and communes."""

    part_themes: dict[str, dict[str, list[str]]]
    prevalence: dict[str, int]
    singletons: dict[str, list[str]]
    districts: list[str]
    commune_stems: list[str]
    openings: list[str]
    headings: dict[str, list[str]]
    subheads: dict[str, list[str]]
    leads: dict[str, list[str]]
    title: str
    date: str
    closing: str
    recipients: str
    placeholder: str
    #: Sentence openings kept capitalized after a lead-in (proper nouns).
    proper: tuple[str, ...] = ("Đề án", "Công an", "Ủy ban", "Sở", "Ngành")


DIGITAL = Programme(
    part_themes=PART_THEMES,
    prevalence=PREVALENCE,
    singletons=SINGLETONS,
    districts=DISTRICTS,
    commune_stems=COMMUNE_STEMS,
    openings=OPENINGS,
    headings=HEADINGS,
    subheads=SUBHEADS,
    leads=LEADS,
    title="Kết quả thực hiện chuyển đổi số 6 tháng đầu năm 2026, phương hướng nhiệm vụ 6 tháng cuối năm",
    date="ngày {d} tháng 6 năm 2026",
    closing="Trên đây là báo cáo kết quả thực hiện chuyển đổi số 6 tháng đầu năm 2026 của {unit}.",
    recipients="Nơi nhận: Sở Khoa học và Công nghệ; Thường trực cấp ủy; Lưu: VT.",
    placeholder="(Có biểu số liệu chi tiết kèm theo)",
)


def _lead(rng: random.Random, part: str, text: str, programme: Programme = DIGITAL) -> str:
    lead = rng.choice(programme.leads[part])
    if not lead or text[0].isdigit() or text.startswith("{"):
        return text
    return lead + text[0].lower() + text[1:] if not text.startswith(programme.proper) else text


def _units(n: int, programme: Programme = DIGITAL) -> list[str]:
    names = []
    districts, stems = programme.districts, programme.commune_stems
    for i in range(n):
        if i < len(districts):
            names.append(districts[i])
        else:
            stem = stems[(i - len(districts)) % len(stems)]
            names.append(("phường " if i % 7 == 0 else "xã ") + stem)
    return names


def _slug(unit: str) -> str:
    import unicodedata

    ascii_ = unicodedata.normalize("NFD", unit.replace("đ", "d").replace("Đ", "D"))
    ascii_ = "".join(c for c in ascii_ if not unicodedata.combining(c))
    return "_".join(ascii_.lower().split())


def build_reports(n: int = N_REPORTS, seed: int = SEED, programme: Programme = DIGITAL) -> list[tuple[str, list[dict]]]:
    """The benchmark's reports: (file stem, paragraphs with ``label``, ``theme``, ``text``)."""
    rng = random.Random(seed)
    units = _units(n, programme)
    part_themes = programme.part_themes
    # which reports raise which theme: exactly programme.prevalence[t] reports each
    raised: dict[int, dict[str, list[str]]] = {r: {p: [] for p in part_themes} for r in range(n)}
    for part, themes in part_themes.items():
        for theme in themes:
            for r in rng.sample(range(n), programme.prevalence[theme]):
                raised[r][part].append(theme)
    pools = {part: rng.sample(texts, len(texts)) for part, texts in programme.singletons.items()}
    reports = []
    for r, unit in enumerate(units):
        paras: list[dict] = []

        def add(label: str, text: str, theme: str | None = None, paras: list = paras, unit: str = unit) -> None:
            # fresh figures for every paragraph
            paras.append({"label": label, "theme": theme, "text": text.format(**slots(rng, unit))})

        add("other", "ỦY BAN NHÂN DÂN " + unit.upper())
        add("other", f"Số: {rng.randint(10, 300)}/BC-UBND")
        add("other", f"{unit.split(' ', 1)[1]}, " + programme.date.format(d=rng.randint(1, 28)))
        add("other", "BÁO CÁO")
        add("other", programme.title)
        add("other", rng.choice(programme.openings))
        for part in part_themes:
            add("other", rng.choice(programme.headings[part]))
            items = [(t, rng.choice(part_themes[part][t])) for t in raised[r][part]]
            want_singles = 1 if rng.random() < 0.5 else 0
            if len(items) + want_singles < 3:
                want_singles = 3 - len(items)
            for _ in range(want_singles):
                if pools[part]:
                    text = pools[part].pop()
                    items.append((f"single:{part}:{_slug(unit)}:{len(items)}", text))
            rng.shuffle(items)
            subheads = programme.subheads[part] if rng.random() < 0.4 else []
            cut = sorted(rng.sample(range(len(items) + 1), min(len(subheads), len(items) + 1)))
            for k, (theme, text) in enumerate(items):
                for h, c in zip(subheads, cut):
                    if c == k:
                        add("other", h)
                add(part, _lead(rng, part, text, programme), theme)
        if len(paras) < 14:  # every report at least 15 paragraphs (no random draw: the other reports stay as they are)
            paras.append({"label": "other", "theme": None, "text": programme.placeholder})
        add("other", programme.closing.format(unit=unit))
        add("other", programme.recipients)
        for i, p in enumerate(paras):
            p["index"] = i
        reports.append((f"{r + 1:02d}_{_slug(unit)}", paras))
    return reports


def write_reports(out: Path, n: int, seed: int, programme: Programme) -> None:
    """Rewrite ``out`` with the reports of ``programme``: ``NN_name.txt`` and ``NN_name.jsonl`` each."""
    out.mkdir(exist_ok=True)
    for old in out.glob("*"):
        old.unlink()
    for stem, paras in build_reports(n, seed, programme):
        (out / f"{stem}.txt").write_text("\n".join(p["text"] for p in paras) + "\n", encoding="utf-8")
        with open(out / f"{stem}.jsonl", "w", encoding="utf-8") as f:
            for p in paras:
                f.write(json.dumps({k: p[k] for k in ("index", "label", "theme", "text")}, ensure_ascii=False) + "\n")


#: Syllables of invented hamlet names, for the scale run's paragraphs.
HAMLET_SYLLABLES = (
    "Khe Lộc Nà Pò Bản Chiềng Tà Làng Đồng Suối Hạ Thượng Cốc Phiêng Mường Pắc Nặm Coóc Thẳm Lũng Bó Vài Hin Lạn "
    "Tát Lùng Phai Kéo Nghè Chạp Vằn"
).split()


def scaled_reports(n: int, seed: int = 1, places: bool = True) -> list[list[dict]]:
    """``n`` reports recombined from the same material with fresh figures and names (for the scale run).

    Each theme is raised with the probability it has among the authored reports; singletons are
    drawn with replacement, so some recur across reports. With ``places``, most paragraphs also
    name an invented hamlet ("điển hình là thôn Nà Lũng"), so that few of them are the same
    words as another.
    """
    rng = random.Random(seed)

    def place(text: str) -> str:
        if not places or rng.random() < 0.2:
            return text
        name = " ".join(rng.sample(HAMLET_SYLLABLES, 2))
        opening, closing = rng.choice([(", điển hình là thôn ", "."), (", nhất là ở thôn ", "."), (" (thôn ", ").")])
        return text.rstrip(".") + opening + name + closing

    out = []
    for r in range(n):
        unit = rng.choice(["xã ", "phường ", "huyện "]) + rng.choice(COMMUNE_STEMS) + f" {r}"
        s = slots(rng, unit)
        paras = [
            {"label": "other", "theme": None, "text": text}
            for text in (
                "ỦY BAN NHÂN DÂN " + unit.upper(),
                f"Số: {rng.randint(10, 300)}/BC-UBND",
                f"{unit.split(' ', 1)[1]}, ngày {rng.randint(1, 28)} tháng 6 năm 2026",
                "BÁO CÁO",
                "Kết quả thực hiện chuyển đổi số 6 tháng đầu năm 2026, phương hướng nhiệm vụ 6 tháng cuối năm",
                rng.choice(OPENINGS).format(**s),
            )
        ]
        for part, themes in PART_THEMES.items():
            paras.append({"label": "other", "theme": None, "text": rng.choice(HEADINGS[part])})
            for theme, variants in themes.items():
                if rng.random() < PREVALENCE[theme] / N_REPORTS:
                    text = _lead(rng, part, rng.choice(variants)).format(**slots(rng, unit))
                    paras.append({"label": part, "theme": theme, "text": place(text)})
            for _ in range(rng.randint(2, 5)):
                paras.append({"label": part, "theme": "single", "text": place(rng.choice(SINGLETONS[part]))})
        paras.append({"label": "other", "theme": None, "text": "Nơi nhận: Sở Khoa học và Công nghệ; Lưu: VT."})
        for i, p in enumerate(paras):
            p["index"] = i
        out.append(paras)
    return out


def main() -> None:
    write_reports(OUT, N_REPORTS, SEED, DIGITAL)


if __name__ == "__main__":
    main()
